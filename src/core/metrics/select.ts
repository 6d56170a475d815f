/**
 * Item selection: which rows of a frame a diagnostic looks at, and in which time bucket each falls.
 */
import { DAY_MS, type Frame, type FrameFilter, type ItemColumns } from '../frame.ts';
import type { ItemKind } from './item-kind.ts';
import { boundSpan } from '../time-grid.ts';

export type { ItemKind };
/** Unit of time of metrics.md: the UTC day by default; hour and week on request. */
export type TimeUnit = 'hour' | 'day' | 'week';

export const UNIT_MS: Record<TimeUnit, number> = { hour: 3_600_000, day: DAY_MS, week: 7 * DAY_MS };

export function itemsOf(frame: Frame, kind: ItemKind): ItemColumns {
  return kind === 'posts' ? frame.posts : frame.comments;
}

/** Indices of the rows passing the filter, in row order. */
export function selectRows(items: ItemColumns, filter: FrameFilter = {}): Int32Array {
  const start = filter.startDay ?? -Infinity;
  const end = filter.endDay ?? Infinity;
  const subs = filter.submolts && filter.submolts.length > 0 ? new Set(filter.submolts) : null;
  const out = new Int32Array(items.n);
  let k = 0;
  for (let i = 0; i < items.n; i++) {
    const d = items.day[i];
    if (d < start || d > end) continue;
    if (subs && !subs.has(items.submolt[i])) continue;
    out[k++] = i;
  }
  return out.slice(0, k);
}

/** A 0/1 mask of the rows passing the filter. */
export function selectMask(items: ItemColumns, filter: FrameFilter = {}): Uint8Array {
  const mask = new Uint8Array(items.n);
  for (const i of selectRows(items, filter)) mask[i] = 1;
  return mask;
}

/**
 * Time bucket of every row for a unit: day buckets are Frame day indices; hours and weeks count
 * from day0Ms (weeks are 7-day blocks from day 0, not calendar weeks). Every caller allocates per
 * bucket, so a count spanning more than MAX_GRID_DAYS throws GridTooWideError instead.
 */
export function bucketsOf(
  frame: Frame,
  items: ItemColumns,
  unit: TimeUnit,
): { bucket: Int32Array; count: number } {
  if (unit === 'day') return { bucket: items.day, count: boundSpan(frame.days, 'A grid of days') };
  const ms = UNIT_MS[unit];
  const bucket = new Int32Array(items.n);
  let max = -1;
  for (let i = 0; i < items.n; i++) {
    const b = Math.floor((items.timeMs[i] - frame.day0Ms) / ms);
    bucket[i] = b;
    if (b > max) max = b;
  }
  // Counted as the days up to the last bucket's start, as frame.days counts them.
  boundSpan(Math.floor((max * ms) / DAY_MS) + 1, `A grid of ${unit}s`);
  return { bucket, count: max + 1 };
}

/** Start (epoch ms) of a bucket, so results carry real times rather than bare indices. */
export function bucketStartMs(frame: Frame, unit: TimeUnit, b: number): number {
  return frame.day0Ms + b * UNIT_MS[unit];
}

/** Whether row i has a usable (non-zero) vector. */
export function hasVector(items: ItemColumns, i: number): boolean {
  return items.hasVector ? items.hasVector[i] === 1 : items.vectors !== null;
}
