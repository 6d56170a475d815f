import { DAY_MS } from '../../core/frame';

/**
 * The date filter carried over to the comparison snapshot by day offset: the primary's days
 * k..m since its own first day become days k..m since the comparison's first day. Two societies
 * are compared at the same age (the paper's curves are about the first days after launch), since
 * their calendars need not overlap at all. Open ends stay open.
 */
export function offsetRange(
  range: [number, number] | null,
  primaryDay0: number,
  compareDay0: number,
): [number, number] | null {
  if (!range) return null;
  const shift = compareDay0 - primaryDay0;
  const start = range[0] <= primaryDay0 ? range[0] : range[0] + shift;
  return [start, range[1] + shift];
}

/** Day numbers (1 = the snapshot's first day) of a filter range, for the compare note. */
export function dayNumbers(range: [number, number], day0: number): [number, number] {
  return [Math.max(1, (range[0] - day0) / DAY_MS + 1), (range[1] - day0) / DAY_MS];
}
