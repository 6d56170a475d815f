/**
 * A link's date filter put in order. `from` after `to` (hand-edited or hostile links) used to give a
 * range that ends before it starts: negative widths in the charts and no rows in any query. The
 * days are swapped, since the reader plainly meant the days between them, and the app says so.
 */

/** The two day parameters of the permalink: epoch ms of a UTC midnight, or null when unset. */
export interface DayBounds {
  from: number | null;
  to: number | null;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Swaps reversed days in place; returns the notice to show, or null when they were in order. */
export function orderDays(state: DayBounds): string | null {
  const { from, to } = state;
  if (from === null || to === null || from <= to) return null;
  state.from = to;
  state.to = from;
  return `The link's dates were reversed (from ${day(from)} is after to ${day(to)}); they were swapped to ${day(to)} → ${day(from)}.`;
}

/**
 * The filter's range [start, end) in epoch ms for the day bounds (inclusive days), always in order
 * whatever the state holds; null when neither is set. Unset ends are open (0 and 2100).
 */
export function dayRange(state: DayBounds, dayMs: number): [number, number] | null {
  const { from, to } = state;
  if (from === null && to === null) return null;
  const lo = from ?? 0;
  const hi = to ?? Date.UTC(2100, 0, 1) - dayMs;
  return [Math.min(lo, hi), Math.max(lo, hi) + dayMs];
}
