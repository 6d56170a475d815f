import { DAY_MS } from '../../core/frame';

export type Unit = 'day' | 'hour' | 'week';
const HOUR_MS = 3_600_000;

/** Time span [start, end) of the bucket the reader shows, from the permalink's cv_day/cv_hour. */
export function readerSpan(day: number | null, hour: number, unit: Unit): [number, number] | null {
  if (day === null) return null;
  if (unit === 'hour' && hour >= 0) return [day + hour * HOUR_MS, day + (hour + 1) * HOUR_MS];
  if (unit === 'week') return [day, day + 7 * DAY_MS];
  return [day, day + DAY_MS];
}

/** Splits a bucket start into the permalink's day and hour fields. */
export function toDayHour(startMs: number, unit: Unit): { day: number; hour: number } {
  const day = Math.floor(startMs / DAY_MS) * DAY_MS;
  return { day, hour: unit === 'hour' ? Math.round((startMs - day) / HOUR_MS) : -1 };
}

/** Label of a bucket: "2026-01-30", "2026-01-30 14:00", or "week of 2026-01-30". */
export function bucketLabel(startMs: number, unit: Unit): string {
  const iso = new Date(startMs).toISOString();
  if (unit === 'hour') return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  return unit === 'week' ? `week of ${iso.slice(0, 10)}` : iso.slice(0, 10);
}
