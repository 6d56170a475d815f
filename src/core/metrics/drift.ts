/**
 * §3 Agent drift and inertia: drift magnitude, direction consistency and societal pull from each
 * eligible agent's early-half and late-half post centroids, with a shuffled-order null.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { groupByAuthor } from './group.ts';
import { mulberry32, shuffleInPlace } from './rng.ts';
import { hasVector, selectRows } from './select.ts';
import { finiteOrNull, median, quantile } from './stats.ts';
import { addRow, cosAt, normalizeInPlace } from './vectors.ts';

export interface DriftParams {
  /** Agents need at least this many posts in the filter. */
  minPosts: number;
  /** Shuffles of each agent's post order for the null (0 turns it off). */
  permutations: number;
  seed: number;
}

export const DRIFT_DEFAULTS: DriftParams = { minPosts: 10, permutations: 20, seed: 1 };

export interface DriftResult {
  params: DriftParams;
  /** Per eligible agent (parallel arrays). Early half = first ⌊n/2⌋ posts, late half = the rest. */
  agents: number[];
  posts: number[];
  drift: number[];
  consistency: (number | null)[];
  pull: number[];
  medians: { drift: number | null; consistency: number | null; pull: number | null };
  /** Observed medians against the medians of each shuffled run (their median and 5–95%). */
  null: { drift: NullSummary; pull: NullSummary } | null;
}

export interface NullSummary {
  observed: number | null;
  nullMedian: number | null;
  p05: number | null;
  p95: number | null;
}

/** Unit early/late centroids of every group, written into early/late (g × dim). */
function halves(vectors: Float32Array, dim: number, order: Int32Array, start: Int32Array, groups: number[]) {
  const early = new Float64Array(groups.length * dim);
  const late = new Float64Array(groups.length * dim);
  groups.forEach((g, j) => {
    const s = start[g];
    const e = start[g + 1];
    const mid = s + Math.floor((e - s) / 2);
    for (let k = s; k < e; k++) addRow(k < mid ? early : late, j * dim, vectors, order[k], dim);
    normalizeInPlace(early.subarray(j * dim, j * dim + dim));
    normalizeInPlace(late.subarray(j * dim, j * dim + dim));
  });
  return { early, late };
}

/** §3 drift magnitude, direction consistency and societal pull per agent. */
export function agentDrift(
  frame: Frame,
  params: Partial<DriftParams> = {},
  filter: FrameFilter = {},
): DriftResult {
  const p = { ...DRIFT_DEFAULTS, ...params };
  const posts = frame.posts;
  const dim = frame.dim;
  const vectors = posts.vectors ?? new Float32Array(0);
  const rows = posts.vectors
    ? selectRows(posts, filter).filter((i) => hasVector(posts, i))
    : new Int32Array(0);
  const global = new Float64Array(dim);
  for (const i of rows) addRow(global, 0, vectors, i, dim);
  const { agent, start, order } = groupByAuthor(posts, rows);
  const groups: number[] = [];
  for (let g = 0; g < agent.length; g++) if (start[g + 1] - start[g] >= p.minPosts) groups.push(g);
  const measure = (ord: Int32Array) => {
    const { early, late } = halves(vectors, dim, ord, start, groups);
    const drift = groups.map((_, j) => 1 - cosAt(early, j * dim, late, j * dim, dim));
    const pull = groups.map(
      (_, j) => cosAt(late, j * dim, global, 0, dim) - cosAt(early, j * dim, global, 0, dim),
    );
    return { early, late, drift, pull };
  };
  const obs = measure(order);
  const dbar = new Float64Array(dim);
  const dirs = new Float64Array(groups.length * dim);
  for (let j = 0; j < groups.length; j++) {
    for (let d = 0; d < dim; d++) {
      const v = obs.late[j * dim + d] - obs.early[j * dim + d];
      dirs[j * dim + d] = v;
      dbar[d] += v / groups.length;
    }
  }
  const consistency = groups.map((_, j) => cosAt(dirs, j * dim, dbar, 0, dim));
  let nullSummary: DriftResult['null'] = null;
  if (p.permutations > 0 && groups.length > 0) {
    const rng = mulberry32(p.seed);
    const driftMeds: number[] = [];
    const pullMeds: number[] = [];
    const shuffled = order.slice();
    for (let r = 0; r < p.permutations; r++) {
      for (const g of groups) shuffleInPlace(shuffled.subarray(start[g], start[g + 1]), rng);
      const run = measure(shuffled);
      driftMeds.push(median(run.drift));
      pullMeds.push(median(run.pull));
    }
    const summarize = (observed: number[], meds: number[]): NullSummary => ({
      observed: finiteOrNull(median(observed)),
      nullMedian: finiteOrNull(median(meds)),
      p05: finiteOrNull(quantile(meds, 0.05)),
      p95: finiteOrNull(quantile(meds, 0.95)),
    });
    nullSummary = { drift: summarize(obs.drift, driftMeds), pull: summarize(obs.pull, pullMeds) };
  }
  return {
    params: p,
    agents: groups.map((g) => agent[g]),
    posts: groups.map((g) => start[g + 1] - start[g]),
    drift: obs.drift,
    consistency: consistency.map(finiteOrNull),
    pull: obs.pull,
    medians: {
      drift: finiteOrNull(median(obs.drift)),
      consistency: finiteOrNull(median(consistency.filter(Number.isFinite))),
      pull: finiteOrNull(median(obs.pull)),
    },
    null: nullSummary,
  };
}
