import type { ParamSpec } from '../../state/url-codec';

/** Permalink parameters of the convergence view (owned by this view). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ConvergenceParams {}
export const CONVERGENCE_PARAMS: ParamSpec<ConvergenceParams> = {};
