/**
 * Small seeded pseudo-random toolkit shared by the generator and tests. Deterministic across
 * platforms: only 32-bit integer arithmetic feeds the state, so the same seed gives the same
 * stream in Node and in the browser.
 */
export type Rng = () => number;

/** splitmix32: turns any integer seed into well-mixed 32-bit words for seeding sfc32. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** sfc32 (Chris Doty-Humphrey's small fast counter generator): uniform in [0, 1). */
export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // Discard the first outputs: sfc32's state needs a few rounds to decorrelate from the seed.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A derived seed for a named sub-stream, so adding draws in one part never shifts another. */
export function deriveSeed(seed: number, ...parts: (number | string)[]): number {
  let h = (seed ^ 0x2545f491) >>> 0;
  for (const p of parts) {
    const s = String(p);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  }
  return splitmix32(h)();
}

export function randInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** Standard normal by Box–Muller (one of the pair is discarded: simpler, still deterministic). */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  let u = rng();
  while (u <= 1e-300) u = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export function lognormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(normal(rng, mu, sigma));
}

export function exponential(rng: Rng, rate: number): number {
  return -Math.log(1 - rng()) / rate;
}

/** Continuous Pareto with density ∝ x^-alpha on [xmin, ∞). */
export function pareto(rng: Rng, alpha: number, xmin: number): number {
  return xmin * Math.pow(1 - rng(), -1 / (alpha - 1));
}

/** Poisson: Knuth's product method for small means, a rounded normal for large ones. */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda > 40) return Math.max(0, Math.round(normal(rng, lambda, Math.sqrt(lambda))));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** Gamma(shape, 1) by Marsaglia–Tsang; used for Dirichlet mixtures and negative binomials. */
export function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(rng() || 1e-12, 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rng);
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = rng();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Negative binomial with the given mean and dispersion k (variance = mean + mean²/k). */
export function negativeBinomial(rng: Rng, mean: number, k: number): number {
  if (!(mean > 0)) return 0;
  return poisson(rng, (gamma(rng, k) * mean) / k);
}

/** Zipf over ranks 1..n with exponent s (inverse CDF over a precomputed table). */
export function zipfTable(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) cdf[i] = acc += 1 / Math.pow(i + 1, s);
  for (let i = 0; i < n; i++) cdf[i] /= acc;
  return cdf;
}

/** Index drawn from a cumulative (non-decreasing, last = total) weight array. */
export function sampleCdf(rng: Rng, cdf: ArrayLike<number>, length = cdf.length): number {
  const target = rng() * cdf[length - 1];
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Walker's alias table: O(1) draws from a fixed discrete distribution. */
export class AliasTable {
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;

  constructor(weights: ArrayLike<number>) {
    const n = weights.length;
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) total += weights[i];
    const scaled = new Float64Array(n);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < n; i++) {
      scaled[i] = (weights[i] * n) / total;
      (scaled[i] < 1 ? small : large).push(i);
    }
    while (small.length && large.length) {
      const s = small.pop()!;
      const l = large.pop()!;
      this.prob[s] = scaled[s];
      this.alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      (scaled[l] < 1 ? small : large).push(l);
    }
    for (const i of large) this.prob[i] = 1;
    for (const i of small) this.prob[i] = 1;
  }

  sample(rng: Rng): number {
    const i = Math.floor(rng() * this.prob.length);
    return rng() < this.prob[i] ? i : this.alias[i];
  }
}
