/** A copy of `a` at least `min` long (doubling, so appends to a typed buffer stay amortised O(1)). */
export function grown(a: Int32Array, min: number): Int32Array {
  const b = new Int32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}
