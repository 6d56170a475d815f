/**
 * §8 HITS hubs and authorities on the weighted commenter → author graph of the filter.
 * a = Aᵀh, h = A a, each normalised to sum 1, from uniform start, until the L1 change of both is
 * below tol.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { filterEdges, localize, type EdgeMode } from './daily-graph.ts';
import { topK } from './influence-persistence.ts';

export interface HitsParams {
  mode: EdgeMode;
  tol: number;
  maxIter: number;
  listTop: number;
}

export const HITS_DEFAULTS: HitsParams = { mode: 'post', tol: 1e-10, maxIter: 500, listTop: 20 };

export interface HitsResult {
  params: HitsParams;
  nodes: number;
  iterations: number;
  hubs: { agent: number; score: number }[];
  authorities: { agent: number; score: number }[];
  /** Jaccard of the top-listTop hub and authority sets: low means the roles separate. */
  roleOverlap: number | null;
  /** Pearson correlation of hub and authority scores over all nodes. */
  correlation: number | null;
}

/** Raw HITS scores on local node ids. */
export function hitsScores(
  n: number,
  from: Int32Array,
  to: Int32Array,
  w: ArrayLike<number>,
  tol: number,
  maxIter: number,
) {
  let hub = new Float64Array(n).fill(1 / n);
  let auth = new Float64Array(n).fill(1 / n);
  let it = 0;
  while (it < maxIter) {
    it++;
    const na = new Float64Array(n);
    for (let e = 0; e < from.length; e++) na[to[e]] += w[e] * hub[from[e]];
    const nh = new Float64Array(n);
    for (let e = 0; e < from.length; e++) nh[from[e]] += w[e] * na[to[e]];
    const sa = na.reduce((s, x) => s + x, 0) || 1;
    const sh = nh.reduce((s, x) => s + x, 0) || 1;
    let diff = 0;
    for (let v = 0; v < n; v++) {
      na[v] /= sa;
      nh[v] /= sh;
      diff += Math.abs(na[v] - auth[v]) + Math.abs(nh[v] - hub[v]);
    }
    hub = nh;
    auth = na;
    if (diff < tol) break;
  }
  return { hub, auth, iterations: it };
}

/** §8 HITS with role separation summaries. */
export function hits(frame: Frame, params: Partial<HitsParams> = {}, filter: FrameFilter = {}): HitsResult {
  const p = { ...HITS_DEFAULTS, ...params };
  const e = filterEdges(frame, p.mode, filter);
  const { nodes, from, to } = localize(e);
  const n = nodes.length;
  if (n === 0)
    return {
      params: p,
      nodes: 0,
      iterations: 0,
      hubs: [],
      authorities: [],
      roleOverlap: null,
      correlation: null,
    };
  const { hub, auth, iterations } = hitsScores(n, from, to, e.weight, p.tol, p.maxIter);
  const list = (s: Float64Array) => {
    const at = new Map(Array.from(nodes, (a, i) => [a, s[i]]));
    return topK(nodes, s, p.listTop).map((agent) => ({ agent, score: at.get(agent)! }));
  };
  const hubs = list(hub);
  const authorities = list(auth);
  const hs = new Set(hubs.map((h) => h.agent));
  const inter = authorities.filter((a) => hs.has(a.agent)).length;
  return {
    params: p,
    nodes: n,
    iterations,
    hubs,
    authorities,
    roleOverlap: inter / (hubs.length + authorities.length - inter),
    correlation: pearson(hub, auth),
  };
}

function pearson(x: Float64Array, y: Float64Array): number | null {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] / n;
    my += y[i] / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}
