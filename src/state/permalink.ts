import { dayParam, enumParam, listParam, textParam, urlParam, type ParamSpec } from './url-codec';

export const VIEWS = ['overview', 'convergence', 'agents', 'network', 'explore', 'methods'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Dataset ids are the folder names in public/data/index.json. */
const DATASET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Submolt names on Moltbook are short slugs; allow any printable name up to 100 chars. */
// eslint-disable-next-line no-control-regex
const SUBMOLT = (s: string) => s.length <= 100 && !/[\u0000-\u001f,]/.test(s);

import { CONVERGENCE_PARAMS, type ConvergenceParams } from '../views/convergence/params';
import { AGENTS_PARAMS, type AgentsParams } from '../views/agents/params';
import { NETWORK_PARAMS, type NetworkParams } from '../views/network/params';
import { EXPLORE_PARAMS, type ExploreParams } from '../views/explore/params';

/** The app-wide part of the permalink. Views add their own parameters beside these. */
export interface CoreParams {
  view: ViewName;
  /** A dataset id from the bundled list. */
  ds: string;
  /** A URL the user opened (wins over `ds`). */
  data: string;
  from: number | null;
  to: number | null;
  submolt: string[];
  /** Timeline bin of the overview. */
  bin: 'day' | 'hour';
  /** Embed mode: the view alone, minimal chrome, for an iframe. */
  embed: boolean;
}

const CORE_PARAMS: ParamSpec<CoreParams> = {
  view: enumParam(VIEWS, 'overview'),
  ds: { ...textParam(64), parse: (raw) => (DATASET_ID.test(raw) ? raw : undefined) },
  data: urlParam(),
  from: dayParam(),
  to: dayParam(),
  submolt: listParam(20, SUBMOLT),
  bin: enumParam(['day', 'hour'] as const, 'day'),
  embed: {
    default: false,
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    format: (v) => (v ? '1' : '0'),
  },
};

/** The whole permalink: the core parameters and each view's own (names must not collide). */
export type AppParams = CoreParams & ConvergenceParams & AgentsParams & NetworkParams & ExploreParams;
export const APP_PARAMS: ParamSpec<AppParams> = {
  ...CORE_PARAMS,
  ...CONVERGENCE_PARAMS,
  ...AGENTS_PARAMS,
  ...NETWORK_PARAMS,
  ...EXPLORE_PARAMS,
};
