/**
 * §8 Activity tail: discrete power-law fit of posts (or comments) per agent, after Clauset, Shalizi
 * & Newman (SIAM Review 2009). For each candidate x_min the exponent is the exact discrete MLE,
 * maximising −n·ln ζ(α, x_min) − α·Σ ln x_i (golden-section search on α ∈ [1.01, 6], the
 * log-likelihood being concave); x_min is the candidate whose fit has the smallest
 * Kolmogorov–Smirnov distance to the tail. No goodness-of-fit p-value is computed.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { itemsOf, selectRows, type ItemKind } from './select.ts';

export interface PowerLawParams {
  kind: ItemKind;
  /** Fewest tail observations a candidate x_min must leave. */
  minTail: number;
  /** Only the smallest this-many distinct values are tried as x_min. */
  maxCandidates: number;
}

export const POWER_LAW_DEFAULTS: PowerLawParams = { kind: 'posts', minTail: 50, maxCandidates: 500 };

export interface PowerLawFit {
  alpha: number;
  xmin: number;
  nTail: number;
  ks: number;
}

export interface PowerLawResult extends Partial<PowerLawFit> {
  params: PowerLawParams;
  /** Agents with at least one item in the filter. */
  agents: number;
}

const B2 = [1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6];

/** Hurwitz zeta ζ(s, q) = Σ_{k≥0} (q+k)^−s for s > 1, q > 0, by Euler–Maclaurin (N = 12 terms). */
export function hurwitzZeta(s: number, q: number): number {
  const N = 12;
  let sum = 0;
  for (let k = 0; k < N; k++) sum += Math.pow(q + k, -s);
  const a = q + N;
  sum += Math.pow(a, 1 - s) / (s - 1) + 0.5 * Math.pow(a, -s);
  // Bernoulli corrections: B_2j/(2j)! · s(s+1)…(s+2j−2) · a^(−s−2j+1).
  let rising = s;
  let fact = 2;
  for (let j = 1; j <= B2.length; j++) {
    sum += (B2[j - 1] / fact) * rising * Math.pow(a, -s - 2 * j + 1);
    rising *= (s + 2 * j - 1) * (s + 2 * j);
    fact *= (2 * j + 1) * (2 * j + 2);
  }
  return sum;
}

/** Exact discrete MLE of α for a tail (values ≥ xmin). */
export function discreteAlpha(tail: Float64Array, xmin: number): number {
  let sumLog = 0;
  for (const x of tail) sumLog += Math.log(x);
  const ll = (a: number) => -tail.length * Math.log(hurwitzZeta(a, xmin)) - a * sumLog;
  let lo = 1.01;
  let hi = 6;
  const g = (Math.sqrt(5) - 1) / 2;
  let c = hi - g * (hi - lo);
  let d = lo + g * (hi - lo);
  let fc = ll(c);
  let fd = ll(d);
  while (hi - lo > 1e-10) {
    if (fc > fd) {
      hi = d;
      d = c;
      fd = fc;
      c = hi - g * (hi - lo);
      fc = ll(c);
    } else {
      lo = c;
      c = d;
      fc = fd;
      d = lo + g * (hi - lo);
      fd = ll(d);
    }
  }
  return (lo + hi) / 2;
}

/** KS distance between a sorted tail and the fitted discrete power law. */
export function ksDistance(sortedTail: Float64Array, xmin: number, alpha: number): number {
  const n = sortedTail.length;
  const z0 = hurwitzZeta(alpha, xmin);
  const cdf = (x: number) => 1 - hurwitzZeta(alpha, x + 1) / z0;
  let ks = 0;
  let below = 0;
  for (let i = 0; i < n;) {
    const x = sortedTail[i];
    let j = i;
    while (j < n && sortedTail[j] === x) j++;
    // Just below x the empirical CDF is still below/n; at x it jumps to j/n.
    if (x - 1 >= xmin) ks = Math.max(ks, Math.abs(below / n - cdf(x - 1)));
    ks = Math.max(ks, Math.abs(j / n - cdf(x)));
    below = j;
    i = j;
  }
  return ks;
}

/** Clauset fit over candidate x_min values of positive integer data. */
export function fitDiscretePowerLaw(
  values: ArrayLike<number>,
  minTail: number,
  maxCandidates: number,
): PowerLawFit | null {
  const x = Float64Array.from(values)
    .filter((v) => v >= 1)
    .sort();
  const candidates = [...new Set(x)].slice(0, maxCandidates);
  let best: PowerLawFit | null = null;
  for (const xmin of candidates) {
    const from = x.indexOf(xmin);
    const tail = x.subarray(from);
    if (tail.length < minTail) break;
    const alpha = discreteAlpha(tail, xmin);
    const ks = ksDistance(tail, xmin, alpha);
    if (!best || ks < best.ks) best = { alpha, xmin, nTail: tail.length, ks };
  }
  return best;
}

/** §8 tail exponent of items per agent. */
export function activityTail(
  frame: Frame,
  params: Partial<PowerLawParams> = {},
  filter: FrameFilter = {},
): PowerLawResult {
  const p = { ...POWER_LAW_DEFAULTS, ...params };
  const items = itemsOf(frame, p.kind);
  const counts = new Float64Array(frame.agents.length);
  for (const i of selectRows(items, filter)) if (items.author[i] >= 0) counts[items.author[i]]++;
  const active = counts.filter((c) => c > 0);
  const fit = fitDiscretePowerLaw(active, p.minTail, p.maxCandidates);
  return { params: p, agents: active.length, ...(fit ?? {}) };
}
