/**
 * The rows of a virtual list that meet a pixel range: prefix sums of the row heights and a binary
 * search at each edge (a 5,000-row list is re-windowed on every scroll event).
 */
export interface VirtualWindow {
  /** First row drawn. */
  start: number;
  /** One past the last row drawn. */
  end: number;
  /** offsets[i] = top of row i; offsets[n] = total height. */
  offsets: Float64Array;
  total: number;
}

export function windowOf(heights: readonly number[], from: number, to: number): VirtualWindow {
  const n = heights.length;
  const offsets = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + heights[i];
  // First row whose bottom is below `from`; first row whose top is at or past `to`.
  const firstEndingAfter = (y: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1] <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = firstEndingAfter(from);
  let end = firstEndingAfter(to);
  if (end < n && offsets[end] < to) end++;
  return { start, end: Math.max(start, Math.min(n, end)), offsets, total: offsets[n] };
}
