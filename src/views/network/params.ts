import type { ParamSpec } from '../../state/url-codec';

/** Permalink parameters of the network view (owned by this view). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NetworkParams {}
export const NETWORK_PARAMS: ParamSpec<NetworkParams> = {};
