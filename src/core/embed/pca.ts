import { createRng, normal } from '../random';

export interface PcaResult {
  /** Row-major n × k projected vectors, L2-normalised. */
  vectors: Float32Array;
  dimensions: number;
  /** Share of the centred data's total variance that the k kept components explain. */
  explainedVariance: number;
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

/**
 * Reduces n × d vectors to k dimensions by PCA, through subspace iteration on the d × d covariance
 * (d is an embedding width, a few hundred at most, so the covariance is small while n may be
 * millions). Deterministic for a seed.
 */
export function pcaReduce(data: Float32Array, n: number, d: number, k: number, seed = 1): PcaResult {
  if (k > d) throw new Error(`cannot reduce ${d} dimensions to ${k}`);
  const mean = new Float64Array(d);
  for (let r = 0; r < n; r++) for (let i = 0; i < d; i++) mean[i] += data[r * d + i];
  for (let i = 0; i < d; i++) mean[i] /= Math.max(1, n);
  const cov = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < d; i++) row[i] = data[r * d + i] - mean[i];
    for (let i = 0; i < d; i++) {
      const ri = row[i];
      if (ri === 0) continue;
      for (let j = i; j < d; j++) cov[i * d + j] += ri * row[j];
    }
  }
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) cov[i * d + j] = cov[j * d + i];
  let total = 0;
  for (let i = 0; i < d; i++) total += cov[i * d + i];

  const rng = createRng(seed);
  let q = new Float64Array(d * k);
  for (let i = 0; i < q.length; i++) q[i] = normal(rng);
  orthonormalise(q, d, k);
  for (let iter = 0; iter < 60; iter++) {
    const next = new Float64Array(d * k);
    for (let i = 0; i < d; i++) {
      for (let p = 0; p < d; p++) {
        const c = cov[i * d + p];
        if (c === 0) continue;
        for (let j = 0; j < k; j++) next[i * k + j] += c * q[p * k + j];
      }
    }
    orthonormalise(next, d, k);
    q = next;
  }
  // Variance captured by the subspace: trace(Qᵀ C Q).
  let kept = 0;
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < d; i++) {
      let ci = 0;
      for (let p = 0; p < d; p++) ci += cov[i * d + p] * q[p * k + j];
      kept += q[i * k + j] * ci;
    }
  }
  const vectors = new Float32Array(n * k);
  for (let r = 0; r < n; r++) {
    let norm = 0;
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let i = 0; i < d; i++) s += (data[r * d + i] - mean[i]) * q[i * k + j];
      vectors[r * k + j] = s;
      norm += s * s;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < k; j++) vectors[r * k + j] *= inv;
    if (norm === 0) vectors[r * k] = 1;
  }
  return { vectors, dimensions: k, explainedVariance: total > 0 ? kept / total : 0 };
}
