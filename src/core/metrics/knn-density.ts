/**
 * §1 Local density S_K(p): mean cosine of an item to its K nearest neighbours among the same
 * bucket's items, averaged per bucket. Exact kNN, on a seeded sample of at most `sampleMax` items
 * per bucket; the result says which buckets were sampled.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { mulberry32, sampleIndices, shuffleInPlace, type Rng } from './rng.ts';
import {
  bucketStartMs,
  bucketsOf,
  hasVector,
  itemsOf,
  selectRows,
  type ItemKind,
  type TimeUnit,
} from './select.ts';
import { bucketRange } from './stabilization.ts';
import { finiteOrNull, quantile } from './stats.ts';

export interface KnnDensityParams {
  kind: ItemKind;
  unit: TimeUnit;
  k: number;
  /** Largest number of items per bucket searched exactly; larger buckets are sampled. */
  sampleMax: number;
  /** Permutations of day labels for the null band; each costs as much as the curve itself. */
  permutations: number;
  seed: number;
}

export const KNN_DEFAULTS: KnnDensityParams = {
  kind: 'posts',
  unit: 'day',
  k: 10,
  // Exact kNN costs n² per day and again per permutation. A fixed sample of 500 per day keeps the
  // curve and its null under a second at any scale, and gives every day the same number of
  // candidate neighbours, so days stay comparable (density grows with n). metrics.md suggests up
  // to 5,000: raise it in the Method panel when time allows.
  sampleMax: 500,
  permutations: 5,
  seed: 1,
};

export interface KnnDensityResult {
  params: KnnDensityParams;
  buckets: number[];
  startMs: number[];
  /** Items in the bucket and how many were searched (less when sampled). */
  counts: number[];
  used: number[];
  sampled: boolean;
  /** Bucket mean of S_K; null when a bucket has ≤ K items. */
  density: (number | null)[];
  null: { p05: (number | null)[]; p95: (number | null)[] } | null;
}

/**
 * Mean over items of the mean cosine to their K nearest others, among `rows` (exact, O(n²·dim)).
 * Each pair's dot is computed once and offered to both ends' top-K lists.
 *
 * The pair loop is register-blocked: two rows a, a+1 against four rows b..b+3 share every load
 * across eight independent dot accumulators (about twice as fast in V8). Each dot still sums over
 * d in order, and every row receives its offers in the same order as a plain a < b double loop
 * (which fixes the slots, hence the order of the final sum), so the result is bit-identical.
 */
export function meanKnnSimilarity(
  vectors: Float32Array,
  dim: number,
  rows: ArrayLike<number>,
  k: number,
): number {
  const n = rows.length;
  if (n <= k) return NaN;
  // A Float64 copy: widening Float32 is exact, so products are unchanged, and no load converts.
  const x = new Float64Array(n * dim);
  for (let a = 0; a < n; a++) x.set(vectors.subarray(rows[a] * dim, rows[a] * dim + dim), a * dim);
  const top: TopK = {
    k,
    best: new Float64Array(n * k).fill(-Infinity),
    minVal: new Float64Array(n).fill(-Infinity),
    minAt: new Int32Array(n),
  };
  const minVal = top.minVal;
  // Most pairs beat neither end's current K-th best; check that inline before calling `insert`.
  const offer = (a: number, b: number, s: number) => {
    if (s > minVal[a]) insert(top, a, s);
    if (s > minVal[b]) insert(top, b, s);
  };
  // With n odd the last row is left alone: it has no later partner.
  for (let a = 0; a + 1 < n; a += 2) {
    const a0 = a * dim;
    const a1 = a0 + dim;
    offer(a, a + 1, dotAt(x, a0, a1, dim));
    let b = a + 2;
    for (; b + 3 < n; b += 4) {
      const b0 = b * dim;
      const b1 = b0 + dim;
      const b2 = b1 + dim;
      const b3 = b2 + dim;
      // prettier-ignore
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let d = 0; d < dim; d++) {
        const u = x[a0 + d];
        const v = x[a1 + d];
        const z0 = x[b0 + d];
        const z1 = x[b1 + d];
        const z2 = x[b2 + d];
        const z3 = x[b3 + d];
        s00 += u * z0;
        s01 += u * z1;
        s02 += u * z2;
        s03 += u * z3;
        s10 += v * z0;
        s11 += v * z1;
        s12 += v * z2;
        s13 += v * z3;
      }
      offer(a, b, s00);
      offer(a + 1, b, s10);
      offer(a, b + 1, s01);
      offer(a + 1, b + 1, s11);
      offer(a, b + 2, s02);
      offer(a + 1, b + 2, s12);
      offer(a, b + 3, s03);
      offer(a + 1, b + 3, s13);
    }
    for (; b < n; b++) {
      offer(a, b, dotAt(x, a0, b * dim, dim));
      offer(a + 1, b, dotAt(x, a1, b * dim, dim));
    }
  }
  let total = 0;
  for (let i = 0; i < n * k; i++) total += top.best[i];
  return total / (n * k);
}

/** best[a*k .. a*k+k) holds row a's top-K similarities, unsorted; minAt is the smallest slot. */
interface TopK {
  k: number;
  best: Float64Array;
  minVal: Float64Array;
  minAt: Int32Array;
}

/** Puts s (known to beat row a's current minimum) in place of that minimum, then finds the new one. */
function insert(t: TopK, a: number, s: number): void {
  const { k, best } = t;
  const o = a * k;
  best[o + t.minAt[a]] = s;
  let m = best[o];
  let at = 0;
  for (let j = 1; j < k; j++)
    if (best[o + j] < m) {
      m = best[o + j];
      at = j;
    }
  t.minVal[a] = m;
  t.minAt[a] = at;
}

function dotAt(x: Float64Array, ao: number, bo: number, dim: number): number {
  let s = 0;
  for (let d = 0; d < dim; d++) s += x[ao + d] * x[bo + d];
  return s;
}

function densityCurve(
  vectors: Float32Array,
  dim: number,
  byBucket: Int32Array[],
  p: KnnDensityParams,
  rng: Rng,
) {
  const used: number[] = [];
  const density = byBucket.map((rows) => {
    const pick = sampleIndices(rows.length, p.sampleMax, rng);
    used.push(pick.length);
    return meanKnnSimilarity(
      vectors,
      dim,
      Array.from(pick, (j) => rows[j]),
      p.k,
    );
  });
  return { density, used };
}

/** §1 daily mean kNN density with an optional permuted-label null band. */
export function knnDensity(
  frame: Frame,
  params: Partial<KnnDensityParams> = {},
  filter: FrameFilter = {},
): KnnDensityResult {
  const p = { ...KNN_DEFAULTS, ...params };
  const items = itemsOf(frame, p.kind);
  const { bucket, count } = bucketsOf(frame, items, p.unit);
  const [lo, hi] = bucketRange(frame, p.unit, count, filter);
  const len = Math.max(0, hi - lo + 1);
  const rows = items.vectors
    ? selectRows(items, filter).filter((i) => hasVector(items, i))
    : new Int32Array(0);
  const group = (labels: ArrayLike<number>): Int32Array[] => {
    const lists: number[][] = Array.from({ length: len }, () => []);
    for (let j = 0; j < rows.length; j++) {
      const t = labels[j] - lo;
      if (t >= 0 && t < len) lists[t].push(rows[j]);
    }
    return lists.map((l) => Int32Array.from(l));
  };
  const labels = rows.map((i) => bucket[i]);
  const byBucket = group(labels);
  const rng = mulberry32(p.seed);
  const vectors = items.vectors ?? new Float32Array(0);
  const observed = densityCurve(vectors, frame.dim, byBucket, p, rng);
  let nullBand: KnnDensityResult['null'] = null;
  if (p.permutations > 0 && rows.length > 0) {
    const runs: number[][] = [];
    for (let r = 0; r < p.permutations; r++) {
      runs.push(densityCurve(vectors, frame.dim, group(shuffleInPlace(labels.slice(), rng)), p, rng).density);
    }
    const at = (t: number) => runs.map((run) => run[t]).filter(Number.isFinite);
    nullBand = {
      p05: byBucket.map((_, t) => finiteOrNull(quantile(at(t), 0.05))),
      p95: byBucket.map((_, t) => finiteOrNull(quantile(at(t), 0.95))),
    };
  }
  const list = Array.from({ length: len }, (_, t) => lo + t);
  return {
    params: p,
    buckets: list,
    startMs: list.map((b) => bucketStartMs(frame, p.unit, b)),
    counts: byBucket.map((r) => r.length),
    used: observed.used,
    sampled: byBucket.some((r) => r.length > p.sampleMax),
    density: observed.density.map(finiteOrNull),
    null: nullBand,
  };
}
