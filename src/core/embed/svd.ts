import { createRng, normal } from '../random';

/**
 * Width reduction of imported unit vectors that keeps their cosines, including the component they
 * all share. Sentence-transformer vectors have a strong common direction, and the paper's headline
 * (consecutive-day centroid cosine ≈ 1) lives in it: centring (ordinary PCA) would delete it and
 * turn near-1 centroid cosines into noise. So there is no centring here, ever:
 *  - `identity` when the vectors already fit the snapshot's width (64 → 64 changes nothing);
 *  - `uncentred-svd` otherwise: projection on the top right singular vectors of the raw vectors
 *    (top eigenvectors of XᵀX, not of the covariance; Eckart–Young: the best low-rank keeper of
 *    inner products) plus a random projection of the remainder (see fitBasis), then L2-normalised
 *    as the snapshot stores unit vectors.
 */
export type ReductionMethod = 'identity' | 'uncentred-svd';

export interface Basis {
  method: ReductionMethod;
  sourceDimensions: number;
  dimensions: number;
  /** Leading columns that are exact uncentred singular directions (the rest carry the remainder). */
  exactDimensions: number;
  /** Row-major sourceDimensions × dimensions projection matrix; null for identity. */
  q: Float64Array | null;
  /** Share of the rows' squared length (trace of XᵀX, uncentred) the exact columns hold. */
  energyKept: number;
}

/** Orthonormalises the columns of a row-major d × c matrix in place (modified Gram–Schmidt). */
function orthonormalise(m: Float64Array, d: number, c: number): void {
  for (let j = 0; j < c; j++) {
    for (let p = 0; p < j; p++) {
      let dot = 0;
      for (let i = 0; i < d; i++) dot += m[i * c + j] * m[i * c + p];
      for (let i = 0; i < d; i++) m[i * c + j] -= dot * m[i * c + p];
    }
    let norm = 0;
    for (let i = 0; i < d; i++) norm += m[i * c + j] ** 2;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < d; i++) m[i * c + j] *= inv;
  }
}

/** XᵀX of n × d row-major rows (upper triangle accumulated, then mirrored). */
function secondMoment(data: Float32Array, n: number, d: number): Float64Array {
  const m = new Float64Array(d * d);
  for (let r = 0; r < n; r++) {
    const o = r * d;
    for (let i = 0; i < d; i++) {
      const ri = data[o + i];
      if (ri === 0) continue;
      const row = i * d;
      for (let j = i; j < d; j++) m[row + j] += ri * data[o + j];
    }
  }
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) m[i * d + j] = m[j * d + i];
  return m;
}

/**
 * Fits the reduction of d-wide vectors to k dimensions from a sample of rows (n × d, row-major; d
 * is an embedding width, a few hundred at most, so XᵀX is small while the data may be millions of
 * rows, which are then projected in batches with `project`). Deterministic for a seed.
 *
 * The map is linear: k − r columns are the top uncentred singular directions, kept exactly; the
 * last r carry what they leave out, (I − QQᵀ)x, through a seeded Gaussian projection scaled so
 * that inner products are kept in expectation (Johnson–Lindenstrauss). Without that remainder
 * every reduced vector would be too short and, re-normalised to unit length, every cosine would
 * be inflated by about 1 / energy kept (within-day pairwise cosine 0.62 → 0.65 at 95% energy).
 */
export function fitBasis(
  sample: Float32Array,
  n: number,
  d: number,
  k: number,
  seed = 1,
  residualDims = Math.floor(k / 2),
): Basis {
  if (k < 1) throw new Error(`cannot reduce to ${k} dimensions`);
  if (d <= k)
    return {
      method: 'identity',
      sourceDimensions: d,
      dimensions: d,
      exactDimensions: d,
      q: null,
      energyKept: 1,
    };
  const r = Math.max(0, Math.min(residualDims, k - 1));
  const e = k - r;
  const m = secondMoment(sample, n, d);
  let total = 0;
  for (let i = 0; i < d; i++) total += m[i * d + i];
  // Subspace iteration on XᵀX: converges to the span of its top-e eigenvectors.
  const rng = createRng(seed);
  let qe = new Float64Array(d * e);
  for (let i = 0; i < qe.length; i++) qe[i] = normal(rng);
  orthonormalise(qe, d, e);
  for (let iter = 0; iter < 60; iter++) {
    const next = new Float64Array(d * e);
    for (let i = 0; i < d; i++) {
      for (let p = 0; p < d; p++) {
        const c = m[i * d + p];
        if (c === 0) continue;
        for (let j = 0; j < e; j++) next[i * e + j] += c * qe[p * e + j];
      }
    }
    orthonormalise(next, d, e);
    qe = next;
  }
  // Energy held exactly: trace(Qᵀ XᵀX Q) / trace(XᵀX).
  let kept = 0;
  for (let j = 0; j < e; j++) {
    for (let i = 0; i < d; i++) {
      let mi = 0;
      for (let p = 0; p < d; p++) mi += m[i * d + p] * qe[p * e + j];
      kept += qe[i * e + j] * mi;
    }
  }
  const q = new Float64Array(d * k);
  for (let i = 0; i < d; i++) for (let j = 0; j < e; j++) q[i * k + j] = qe[i * e + j];
  // Remainder columns: (I − QQᵀ) g / √r with g standard normal, so E[column-space inner product]
  // of two remainders equals their true inner product.
  const g = new Float64Array(d);
  for (let j = e; j < k; j++) {
    for (let i = 0; i < d; i++) g[i] = normal(rng) / Math.sqrt(r);
    for (let p = 0; p < e; p++) {
      let dot = 0;
      for (let i = 0; i < d; i++) dot += g[i] * qe[i * e + p];
      for (let i = 0; i < d; i++) g[i] -= dot * qe[i * e + p];
    }
    for (let i = 0; i < d; i++) q[i * k + j] = g[i];
  }
  return {
    method: 'uncentred-svd',
    sourceDimensions: d,
    dimensions: k,
    exactDimensions: e,
    q,
    energyKept: total > 0 ? Math.min(1, kept / total) : 0,
  };
}

/**
 * Reduces one source row (at `from` in `src`) into a unit vector (at `to` in `dst`). A row the
 * basis maps to zero becomes the first axis, so every stored vector stays unit length.
 */
export function project(
  basis: Basis,
  src: ArrayLike<number>,
  from: number,
  dst: Float32Array,
  to: number,
): void {
  const { q, sourceDimensions: d, dimensions: k } = basis;
  let norm = 0;
  for (let j = 0; j < k; j++) {
    let s = 0;
    if (q) for (let i = 0; i < d; i++) s += src[from + i] * q[i * k + j];
    else s = src[from + j];
    dst[to + j] = s;
    norm += s * s;
  }
  if (norm === 0 || !Number.isFinite(norm)) {
    dst.fill(0, to, to + k);
    dst[to] = 1;
    return;
  }
  const inv = 1 / Math.sqrt(norm);
  for (let j = 0; j < k; j++) dst[to + j] *= inv;
}

export interface Reduced {
  basis: Basis;
  /** Row-major n × basis.dimensions unit vectors. */
  vectors: Float32Array;
}

/** Fits on (a seeded sample of at most `sampleMax` of) the rows and reduces all of them. */
export function reduceVectors(
  data: Float32Array,
  n: number,
  d: number,
  k: number,
  seed = 1,
  sampleMax = 50_000,
): Reduced {
  let sample = data;
  let m = n;
  if (d > k && n > sampleMax) {
    // Evenly spaced rows: deterministic and spread over the whole input (which is time-ordered).
    m = sampleMax;
    sample = new Float32Array(m * d);
    for (let s = 0; s < m; s++) {
      const r = Math.floor((s * n) / m);
      sample.set(data.subarray(r * d, r * d + d), s * d);
    }
  }
  const basis = fitBasis(sample, m, d, k, seed);
  const vectors = new Float32Array(n * basis.dimensions);
  for (let r = 0; r < n; r++) project(basis, data, r * d, vectors, r * basis.dimensions);
  return { basis, vectors };
}
