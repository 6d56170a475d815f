/** Small order statistics shared by the diagnostics. */

/** Quantile with linear interpolation between order statistics (R type 7); NaN when empty. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return quantileSorted(sorted, q);
}

/** Quantile of an already ascending-sorted array (R type 7). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
}

/**
 * Gini coefficient of non-negative values: G = 2·Σ i·x_(i) / (n·Σx) − (n+1)/n with x sorted
 * ascending and i from 1. 0 for perfect equality, → 1 when one unit holds everything.
 */
export function gini(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  const x = Float64Array.from(values).sort();
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += x[i];
    weighted += (i + 1) * x[i];
  }
  if (total === 0) return 0;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** Summary of a distribution for charts: count, mean and the 5/25/50/75/95% quantiles. */
export interface Distribution {
  n: number;
  mean: number;
  p05: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
}

export function describe(values: ArrayLike<number>): Distribution {
  const s = Float64Array.from(values).sort();
  return {
    n: s.length,
    mean: mean(s),
    p05: quantileSorted(s, 0.05),
    p25: quantileSorted(s, 0.25),
    median: quantileSorted(s, 0.5),
    p75: quantileSorted(s, 0.75),
    p95: quantileSorted(s, 0.95),
  };
}

/** JSON cannot carry NaN; diagnostics report undefined values as null. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
