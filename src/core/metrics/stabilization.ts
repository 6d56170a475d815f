/**
 * §1 Semantic stabilization: daily centroid similarity, mean pairwise similarity (via the
 * mean-vector identity, never an N² loop) and a permuted-day-label null band.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { bucketSums, filteredBucketSums } from './bucket-sums.ts';
import { mulberry32, shuffleInPlace } from './rng.ts';
import {
  bucketStartMs,
  bucketsOf,
  hasVector,
  itemsOf,
  selectRows,
  type ItemKind,
  type TimeUnit,
} from './select.ts';
import { finiteOrNull, quantile } from './stats.ts';
import { addRow } from './vectors.ts';

export interface StabilizationParams {
  kind: ItemKind;
  unit: TimeUnit;
  /** Permutations of the day labels for the null band (0 turns it off). */
  permutations: number;
  seed: number;
}

export const STABILIZATION_DEFAULTS: StabilizationParams = {
  kind: 'posts',
  unit: 'day',
  permutations: 20,
  seed: 1,
};

export interface Band {
  p05: (number | null)[];
  p95: (number | null)[];
}

export interface StabilizationResult {
  params: StabilizationParams;
  /** Bucket indices in the filter's range (in the chosen unit), their start time and item count. */
  buckets: number[];
  startMs: number[];
  counts: number[];
  /** cos(c(P_i), c(P_j)) over the listed buckets; null where a bucket is empty. */
  centroidMatrix: (number | null)[][];
  /** Mean cosine over all cross pairs; the diagonal excludes self pairs. */
  pairwiseMatrix: (number | null)[][];
  /** S_centroid(t−1, t); entry 0 is null. */
  consecutiveCentroid: (number | null)[];
  /** S_pair(t−1, t); entry 0 is null. */
  consecutivePairwise: (number | null)[];
  /** S_pair(t, t): within-bucket mean pairwise similarity. */
  withinPairwise: (number | null)[];
  /** 5–95% bands of the three curves under permuted day labels. */
  null: { consecutiveCentroid: Band; consecutivePairwise: Band; withinPairwise: Band } | null;
}

interface Curves {
  consecutiveCentroid: Float64Array;
  consecutivePairwise: Float64Array;
  withinPairwise: Float64Array;
}

/** Curves from per-bucket sums (b × dim) and counts, for the bucket list [lo, hi]. */
function curvesFromSums(
  sums: Float64Array,
  counts: Float64Array,
  lo: number,
  hi: number,
  dim: number,
): Curves {
  const len = hi - lo + 1;
  const c = {
    consecutiveCentroid: new Float64Array(len),
    consecutivePairwise: new Float64Array(len),
    withinPairwise: new Float64Array(len),
  };
  c.consecutiveCentroid[0] = NaN;
  c.consecutivePairwise[0] = NaN;
  for (let t = 0; t < len; t++) {
    const b = lo + t;
    const n = counts[b];
    const ss = dot(sums, b * dim, sums, b * dim, dim);
    c.withinPairwise[t] = n >= 2 ? (ss - n) / (n * (n - 1)) : NaN;
    if (t === 0) continue;
    const a = b - 1;
    const na = counts[a];
    const sa = dot(sums, a * dim, sums, a * dim, dim);
    const cross = dot(sums, a * dim, sums, b * dim, dim);
    c.consecutiveCentroid[t] = na > 0 && n > 0 ? cross / Math.sqrt(sa * ss) : NaN;
    c.consecutivePairwise[t] = na > 0 && n > 0 ? cross / (na * n) : NaN;
  }
  return c;
}

function dot(a: Float64Array, ao: number, b: Float64Array, bo: number, dim: number): number {
  let s = 0;
  for (let d = 0; d < dim; d++) s += a[ao + d] * b[bo + d];
  return s;
}

/** Bucket range [lo, hi] covered by the filter's day range in the given unit. */
export function bucketRange(
  frame: Frame,
  unit: TimeUnit,
  buckets: number,
  filter: FrameFilter,
): [number, number] {
  const perDay = unit === 'hour' ? 24 : 1;
  const startDay = Math.max(0, filter.startDay ?? 0);
  const endDay = Math.min(frame.days - 1, filter.endDay ?? frame.days - 1);
  if (unit === 'week') return [Math.floor(startDay / 7), Math.min(buckets - 1, Math.floor(endDay / 7))];
  return [startDay * perDay, Math.min(buckets - 1, (endDay + 1) * perDay - 1)];
}

/** Per-bucket sums recomputed from items, with optional relabelling (the permutation null). */
function sumsFromRows(frame: Frame, kind: ItemKind, rows: Int32Array, labels: Int32Array, buckets: number) {
  const items = itemsOf(frame, kind);
  const dim = frame.dim;
  const sums = new Float64Array(buckets * dim);
  const counts = new Float64Array(buckets);
  for (let k = 0; k < rows.length; k++) {
    const b = labels[k];
    counts[b] += 1;
    addRow(sums, b * dim, items.vectors!, rows[k], dim);
  }
  return { sums, counts };
}

/** §1 centroid and pairwise similarity curves and matrices, with the permutation null band. */
export function stabilization(
  frame: Frame,
  params: Partial<StabilizationParams> = {},
  filter: FrameFilter = {},
): StabilizationResult {
  const p = { ...STABILIZATION_DEFAULTS, ...params };
  const dim = frame.dim;
  const items = itemsOf(frame, p.kind);
  const { bucket, count } = bucketsOf(frame, items, p.unit);
  const [lo, hi] = bucketRange(frame, p.unit, count, filter);
  // Week buckets straddle a day-range edge, so they are summed from the filtered items directly.
  let sums: Float64Array;
  let counts: Float64Array;
  const rows = selectRows(items, filter).filter((i) => hasVector(items, i) && items.vectors !== null);
  const labels = rows.map((i) => bucket[i]);
  if (p.unit === 'week') ({ sums, counts } = sumsFromRows(frame, p.kind, rows, labels, count));
  else ({ sums, counts } = filteredBucketSums(bucketSums(frame, p.kind, p.unit), filter));
  const len = Math.max(0, hi - lo + 1);
  const list = Array.from({ length: len }, (_, t) => lo + t);
  const norms = list.map((b) => Math.sqrt(dot(sums, b * dim, sums, b * dim, dim)));
  const centroidMatrix = list.map((a, i) =>
    list.map((b, j) => finiteOrNull(dot(sums, a * dim, sums, b * dim, dim) / (norms[i] * norms[j]))),
  );
  const pairwiseMatrix = list.map((a) =>
    list.map((b) => {
      const na = counts[a];
      const nb = counts[b];
      const cross = dot(sums, a * dim, sums, b * dim, dim);
      return finiteOrNull(a === b ? (na >= 2 ? (cross - na) / (na * (na - 1)) : NaN) : cross / (na * nb));
    }),
  );
  const curves = len > 0 ? curvesFromSums(sums, counts, lo, hi, dim) : null;
  const toList = (a: Float64Array | undefined) => Array.from(a ?? [], finiteOrNull);
  let nullBands: StabilizationResult['null'] = null;
  if (p.permutations > 0 && len > 0 && rows.length > 0) {
    const rng = mulberry32(p.seed);
    const runs: Curves[] = [];
    for (let r = 0; r < p.permutations; r++) {
      const perm = shuffleInPlace(labels.slice(), rng);
      const s = sumsFromRows(frame, p.kind, rows, perm, count);
      runs.push(curvesFromSums(s.sums, s.counts, lo, hi, dim));
    }
    const band = (key: keyof Curves): Band => {
      const p05: (number | null)[] = [];
      const p95: (number | null)[] = [];
      for (let t = 0; t < len; t++) {
        const vals = runs.map((c) => c[key][t]).filter(Number.isFinite);
        p05.push(finiteOrNull(quantile(vals, 0.05)));
        p95.push(finiteOrNull(quantile(vals, 0.95)));
      }
      return { p05, p95 };
    };
    nullBands = {
      consecutiveCentroid: band('consecutiveCentroid'),
      consecutivePairwise: band('consecutivePairwise'),
      withinPairwise: band('withinPairwise'),
    };
  }
  return {
    params: p,
    buckets: list,
    startMs: list.map((b) => bucketStartMs(frame, p.unit, b)),
    counts: list.map((b) => counts[b]),
    centroidMatrix,
    pairwiseMatrix,
    consecutiveCentroid: toList(curves?.consecutiveCentroid),
    consecutivePairwise: toList(curves?.consecutivePairwise),
    withinPairwise: toList(curves?.withinPairwise),
    null: nullBands,
  };
}
