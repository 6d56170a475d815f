import type { ParamSpec } from '../../state/url-codec';

/** Permalink parameters of the explore view (owned by this view). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ExploreParams {}
export const EXPLORE_PARAMS: ParamSpec<ExploreParams> = {};
