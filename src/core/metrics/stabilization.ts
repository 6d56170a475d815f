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
import { MAX_MATRIX_BUCKETS } from '../time-grid.ts';

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
  /**
   * cos(c(P_i), c(P_j)) over the listed buckets; null where a bucket is empty. Empty (no rows) when
   * there are more than MAX_MATRIX_BUCKETS buckets: the matrix would be too big to hold.
   */
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

/** Labellings summed per pass of `sumsFromRows`: bounds its offset table to ≈16 MB of Int32. */
const PASS_CELLS = 1 << 22;

/**
 * Per-bucket sums and counts of `rows` under several labellings at once (the observed labels, or
 * the permutation null's relabellings). Each row's vector is read once and added into every
 * labelling's sums, so the vectors are streamed once per pass instead of once per labelling. Each
 * labelling still adds its rows in row order, so its sums are bit-identical to a separate pass.
 * Labels outside [0, buckets) are skipped.
 */
function sumsFromRows(
  vectors: Float32Array,
  dim: number,
  rows: Int32Array,
  labellings: Int32Array[],
  buckets: number,
): { sums: Float64Array; counts: Float64Array }[] {
  const L = labellings.length;
  const n = rows.length;
  const sums = new Float64Array(L * buckets * dim);
  const counts = new Float64Array(L * buckets);
  // at[k*L + l]: offset in `sums` of row k's bucket under labelling l, or -1 to skip.
  const at = new Int32Array(n * L);
  for (let l = 0; l < L; l++) {
    const labels = labellings[l];
    for (let k = 0; k < n; k++) {
      const b = labels[k];
      const ok = b >= 0 && b < buckets;
      if (ok) counts[l * buckets + b] += 1;
      at[k * L + l] = ok ? (l * buckets + b) * dim : -1;
    }
  }
  // Eight components are held in locals and added to all labellings before the next eight.
  const blocked = dim - (dim % 8);
  for (let k = 0; k < n; k++) {
    const o = rows[k] * dim;
    const row = k * L;
    for (let d = 0; d < blocked; d += 8) {
      const v0 = vectors[o + d];
      const v1 = vectors[o + d + 1];
      const v2 = vectors[o + d + 2];
      const v3 = vectors[o + d + 3];
      const v4 = vectors[o + d + 4];
      const v5 = vectors[o + d + 5];
      const v6 = vectors[o + d + 6];
      const v7 = vectors[o + d + 7];
      for (let l = 0; l < L; l++) {
        const base = at[row + l];
        if (base < 0) continue;
        const s = base + d;
        sums[s] += v0;
        sums[s + 1] += v1;
        sums[s + 2] += v2;
        sums[s + 3] += v3;
        sums[s + 4] += v4;
        sums[s + 5] += v5;
        sums[s + 6] += v6;
        sums[s + 7] += v7;
      }
    }
    for (let d = blocked; d < dim; d++) {
      const v = vectors[o + d];
      for (let l = 0; l < L; l++) if (at[row + l] >= 0) sums[at[row + l] + d] += v;
    }
  }
  return labellings.map((_, l) => ({
    sums: sums.subarray(l * buckets * dim, (l + 1) * buckets * dim),
    counts: counts.subarray(l * buckets, (l + 1) * buckets),
  }));
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
  const vectors = items.vectors ?? new Float32Array(0);
  if (p.unit === 'week') ({ sums, counts } = sumsFromRows(vectors, dim, rows, [labels], count)[0]);
  else ({ sums, counts } = filteredBucketSums(bucketSums(frame, p.kind, p.unit), filter));
  const len = Math.max(0, hi - lo + 1);
  const list = Array.from({ length: len }, (_, t) => lo + t);
  const norms = list.map((b) => Math.sqrt(dot(sums, b * dim, sums, b * dim, dim)));
  // buckets² cells: past the bound, no matrix (the curves below are linear and still computed).
  const matrixList = len <= MAX_MATRIX_BUCKETS ? list : [];
  const centroidMatrix = matrixList.map((a, i) =>
    matrixList.map((b, j) => finiteOrNull(dot(sums, a * dim, sums, b * dim, dim) / (norms[i] * norms[j]))),
  );
  const pairwiseMatrix = matrixList.map((a) =>
    matrixList.map((b) => {
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
    // Shuffles are drawn in the same rng order as one at a time; only the summing is batched.
    const perPass = Math.max(1, Math.floor(PASS_CELLS / rows.length));
    for (let r = 0; r < p.permutations; r += perPass) {
      const perms: Int32Array[] = [];
      for (let j = r; j < Math.min(p.permutations, r + perPass); j++)
        perms.push(shuffleInPlace(labels.slice(), rng));
      for (const s of sumsFromRows(vectors, dim, rows, perms, count))
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
