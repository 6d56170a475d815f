import { dayParam, enumParam, listParam, textParam, urlParam, type ParamSpec } from './url-codec';

export const VIEWS = ['overview', 'convergence', 'agents', 'network', 'explore', 'methods'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Dataset ids are the folder names in public/data/index.json. */
const DATASET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Submolt names on Moltbook are short slugs; allow any printable name up to 100 chars. */
// eslint-disable-next-line no-control-regex
const SUBMOLT = (s: string) => s.length <= 100 && !/[\u0000-\u001f,]/.test(s);

/** The app-wide part of the permalink. Views add their own parameters beside these. */
export interface AppParams {
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
}

export const APP_PARAMS: ParamSpec<AppParams> = {
  view: enumParam(VIEWS, 'overview'),
  ds: { ...textParam(64), parse: (raw) => (DATASET_ID.test(raw) ? raw : undefined) },
  data: urlParam(),
  from: dayParam(),
  to: dayParam(),
  submolt: listParam(20, SUBMOLT),
  bin: enumParam(['day', 'hour'] as const, 'day'),
};
