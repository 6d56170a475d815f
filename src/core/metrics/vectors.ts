/** Row-major vector helpers over Float32Array storage; sums accumulate in Float64 for accuracy. */

/** Adds row i of `vectors` into `acc` (length dim) at offset `at`. */
export function addRow(acc: Float64Array, at: number, vectors: Float32Array, i: number, dim: number): void {
  const o = i * dim;
  for (let d = 0; d < dim; d++) acc[at + d] += vectors[o + d];
}

/** Dot product of two dim-long slices. */
export function dotAt(
  a: ArrayLike<number>,
  ao: number,
  b: ArrayLike<number>,
  bo: number,
  dim: number,
): number {
  let s = 0;
  for (let d = 0; d < dim; d++) s += a[ao + d] * b[bo + d];
  return s;
}

export function normAt(a: ArrayLike<number>, ao: number, dim: number): number {
  return Math.sqrt(dotAt(a, ao, a, ao, dim));
}

/** Cosine of two dim-long slices; NaN when either is zero. */
export function cosAt(
  a: ArrayLike<number>,
  ao: number,
  b: ArrayLike<number>,
  bo: number,
  dim: number,
): number {
  const na = normAt(a, ao, dim);
  const nb = normAt(b, bo, dim);
  if (na === 0 || nb === 0) return NaN;
  return dotAt(a, ao, b, bo, dim) / (na * nb);
}

/** Cosine of two whole vectors. */
export function cos(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return cosAt(a, 0, b, 0, a.length);
}

/** Sum of the given rows as a new Float64Array (a centroid up to scale). */
export function sumRows(
  vectors: Float32Array,
  rows: ArrayLike<number>,
  dim: number,
  from = 0,
  to = rows.length,
): Float64Array {
  const acc = new Float64Array(dim);
  for (let k = from; k < to; k++) addRow(acc, 0, vectors, rows[k], dim);
  return acc;
}

/** Scales a vector to unit length in place (left as is when zero). */
export function normalizeInPlace(v: Float64Array | Float32Array): typeof v {
  const n = normAt(v, 0, v.length);
  if (n > 0) for (let d = 0; d < v.length; d++) v[d] /= n;
  return v;
}
