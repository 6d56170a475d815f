/** Seeded percentile bootstrap of the median. */
import { randInt, type Rng, sampleIndices } from './rng.ts';
import { finiteOrNull, median } from './stats.ts';

export interface MedianInterval {
  n: number;
  median: number | null;
  lo: number | null;
  hi: number | null;
  /** Whether the bootstrap resampled a seeded subsample (of `maxN`) rather than all values. */
  subsampled: boolean;
}

/**
 * Percentile bootstrap interval (level, e.g. 0.99) of the median with B resamples. Above maxN values
 * the resamples are drawn from a seeded subsample of maxN, which widens (never narrows) the interval.
 */
export function bootstrapMedian(
  values: ArrayLike<number>,
  level: number,
  b: number,
  rng: Rng,
  maxN = 20_000,
): MedianInterval {
  const all = Float64Array.from(values);
  const n = all.length;
  if (n === 0) return { n, median: null, lo: null, hi: null, subsampled: false };
  const pool = n > maxN ? Float64Array.from(sampleIndices(n, maxN, rng), (i) => all[i]) : all;
  const m = pool.length;
  const meds = new Float64Array(b);
  const buf = new Float64Array(m);
  for (let r = 0; r < b; r++) {
    for (let k = 0; k < m; k++) buf[k] = pool[randInt(rng, m)];
    meds[r] = selectMedian(buf);
  }
  meds.sort();
  const alpha = (1 - level) / 2;
  return {
    n,
    median: finiteOrNull(median(all)),
    lo: finiteOrNull(quantileOf(meds, alpha)),
    hi: finiteOrNull(quantileOf(meds, 1 - alpha)),
    subsampled: n > maxN,
  };
}

function quantileOf(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Median by quickselect (reorders buf); averages the two middle values for even lengths. */
export function selectMedian(buf: Float64Array): number {
  const n = buf.length;
  const hiK = n >> 1;
  const hiV = nth(buf, hiK);
  if (n % 2 === 1) return hiV;
  // After nth, everything left of hiK is ≤ hiV: the lower middle is their maximum.
  let loV = -Infinity;
  for (let i = 0; i < hiK; i++) if (buf[i] > loV) loV = buf[i];
  return (loV + hiV) / 2;
}

function nth(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}
