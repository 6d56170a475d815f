import { dayParam, enumParam, intParam, textParam, type Param } from '../../state/url-codec';
import { registerParams } from '../../state/param-registry';

/** Sigma camera state as it goes in a link: x, y (normalised graph space) and zoom ratio. */
export interface CameraParam {
  x: number;
  y: number;
  ratio: number;
}

const NUM = /^-?\d{1,6}(\.\d{1,6})?$/;

/** "x,y,ratio" with bounded values; anything else is dropped with a notice. */
function cameraParam(): Param<CameraParam | null> {
  return {
    default: null,
    parse: (raw) => {
      const parts = raw.split(',');
      if (parts.length !== 3 || !parts.every((p) => NUM.test(p))) return undefined;
      const [x, y, ratio] = parts.map(Number);
      if (Math.abs(x) > 1000 || Math.abs(y) > 1000 || !(ratio > 1e-4 && ratio <= 100)) return undefined;
      return { x, y, ratio };
    },
    format: (c) => (c ? `${c.x.toFixed(4)},${c.y.toFixed(4)},${c.ratio.toFixed(4)}` : ''),
    equals: (a, b) => a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.ratio === b.ratio),
  };
}

/** Permalink parameters of the network view (owned by this view). */
export interface NetworkParams {
  /** The day shown; null = the whole filtered range aggregated. */
  nw_day: number | null;
  nw_cam: CameraParam | null;
  /** Selected agent (its ego network is highlighted). */
  nw_sel: string;
  /** Size of the top-k sets in the persistence chart. */
  nw_k: '10' | '50';
  /** Edge definition: commenter → post author, or → parent-comment author for replies. */
  nw_edges: 'post' | 'reply';
  /** Largest number of nodes drawn; above it only the top nodes by PageRank are shown. */
  nw_budget: number;
}

export const NETWORK_PARAMS = registerParams<NetworkParams>('the network view', {
  nw_day: dayParam(),
  nw_cam: cameraParam(),
  nw_sel: textParam(200),
  nw_k: enumParam(['10', '50'] as const, '10'),
  nw_edges: enumParam(['post', 'reply'] as const, 'post'),
  nw_budget: intParam(50, 100_000, 5000),
});

// Tells the state layer's AppParams about this view's fields without it importing this file.
declare module '../../state/permalink' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds fields by merging
  interface AppParams extends NetworkParams {}
}
