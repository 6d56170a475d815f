import { dayParam, enumParam, listParam, textParam, urlParam, type ParamSpec } from './url-codec';
import { registerParams, sealedParams } from './param-registry';

/** In tab order; the default view (below), Findings, comes first: the answers before the charts. */
export const VIEWS = [
  'findings',
  'overview',
  'convergence',
  'agents',
  'network',
  'explore',
  'methods',
] as const;
export type ViewName = (typeof VIEWS)[number];

/** Dataset ids are the folder names in public/data/index.json. */
const DATASET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Submolt names on Moltbook are short slugs; allow any printable name up to 100 chars. */
// eslint-disable-next-line no-control-regex
const SUBMOLT = (s: string) => s.length <= 100 && !/[\u0000-\u001f,]/.test(s);

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

registerParams<CoreParams>('the app', {
  view: enumParam(VIEWS, 'findings'),
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
});

/**
 * The whole permalink: the core parameters and each view's own. A view adds its fields by
 * augmenting this interface next to its `registerParams` call (`declare module`), so the type
 * knows every view's parameters while this layer imports none of them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface AppParams extends CoreParams {}

/** Every registered parameter spec; call once every view's params module is imported. */
export function appParams(): ParamSpec<AppParams> {
  return sealedParams<AppParams>();
}
