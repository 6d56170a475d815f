/**
 * int8 storage of unit vectors (the `embeddings` table): vec[i] = round(v[i] / scale) with
 * scale = max|v| / 127, so the float vector is vec[i] * scale. Error per component ≤ scale / 2.
 */
export interface QuantizedVector {
  vec: Int8Array;
  scale: number;
}

export function quantize(v: ArrayLike<number>, offset = 0, dimensions = v.length - offset): QuantizedVector {
  let max = 0;
  for (let i = 0; i < dimensions; i++) max = Math.max(max, Math.abs(v[offset + i]));
  const vec = new Int8Array(dimensions);
  if (max === 0 || !Number.isFinite(max)) return { vec, scale: 0 };
  // Float32 scale, because that is what the FLOAT column stores and what readers will multiply by.
  const scale = Math.fround(max / 127);
  for (let i = 0; i < dimensions; i++) {
    vec[i] = Math.max(-127, Math.min(127, Math.round(v[offset + i] / scale)));
  }
  return { vec, scale };
}

/** Float vector of a stored row; `normalise` re-projects onto the unit sphere after rounding. */
export function dequantize(vec: ArrayLike<number>, scale: number, normalise = false): Float32Array {
  const out = new Float32Array(vec.length);
  let norm = 0;
  for (let i = 0; i < vec.length; i++) {
    out[i] = vec[i] * scale;
    norm += out[i] * out[i];
  }
  if (normalise && norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < out.length; i++) out[i] *= inv;
  }
  return out;
}
