/**
 * Array reductions that never put the array on the call stack. `Math.max(...xs)` passes every
 * element as an argument and throws "Maximum call stack size exceeded" somewhere past ~10⁵
 * elements (290,251 posts at paper scale did); eslint.config.js forbids the spread form.
 */

/** Largest element, or `empty` when there is none (NaN elements are skipped). */
export function maxOf(xs: Iterable<number>, empty = -Infinity): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m === -Infinity ? empty : m;
}

/** Smallest element, or `empty` when there is none (NaN elements are skipped). */
export function minOf(xs: Iterable<number>, empty = Infinity): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m === Infinity ? empty : m;
}

/** Euclidean length of a vector. */
export function hypotOf(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] * xs[i];
  return Math.sqrt(s);
}

/** Appends every element of `src` to `dst` (in place) and returns `dst`. */
export function pushAll<T>(dst: T[], src: Iterable<T>): T[] {
  for (const x of src) dst.push(x);
  return dst;
}
