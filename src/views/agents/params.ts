import type { ParamSpec } from '../../state/url-codec';

/** Permalink parameters of the agents view (owned by this view). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AgentsParams {}
export const AGENTS_PARAMS: ParamSpec<AgentsParams> = {};
