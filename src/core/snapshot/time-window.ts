/**
 * The platform's plausible time window. Moltbook opened in January 2026, so a post dated 1970 or
 * 9999 is a broken timestamp, not history; if it reached the views it would stretch every day grid
 * over decades. Loading sets items outside the window aside (into their own tables, with a notice)
 * so no view ever bins them. A manifest may state its own window (`timeWindow`), the CLI writes one
 * from its flags, and otherwise the default below applies: this is the one place it is defined.
 */
import { MAX_GRID_DAYS } from '../time-grid';

/** UTC days, both inclusive, as `YYYY-MM-DD`. */
export interface TimeWindow {
  from: string;
  to: string;
}

/** The first day of the default window: Moltbook did not exist before it. */
export const PLATFORM_START = '2026-01-01';

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A field of a time window that is not acceptable, and what it should be. */
export class TimeWindowError extends Error {
  constructor(
    readonly field: 'from' | 'to' | '',
    readonly expected: string,
  ) {
    super(`time window${field ? ` "${field}"` : ''} should be ${expected}`);
    this.name = 'TimeWindowError';
  }
}

/** Epoch ms of 00:00 UTC of a `YYYY-MM-DD` day, or NaN when it is not a real calendar day. */
export function dayMs(day: string): number {
  const m = DATE.exec(day);
  if (!m) return NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
  return new Date(ms).toISOString().slice(0, 10) === day ? ms : NaN;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The default window: PLATFORM_START to the day after today (UTC; today from `nowMs`, the clock at
 * load). Should that ever span more than a grid can bin, it keeps the latest MAX_GRID_DAYS days.
 */
export function defaultTimeWindow(nowMs: number): TimeWindow {
  const to = Math.floor(nowMs / DAY_MS) * DAY_MS + DAY_MS;
  const start = dayMs(PLATFORM_START);
  const from = Math.min(to, Math.max(start, to - (MAX_GRID_DAYS - 1) * DAY_MS));
  return { from: isoDay(from), to: isoDay(to) };
}

/**
 * Checks a window given by a manifest or the command line: two real `YYYY-MM-DD` days, `from` not
 * after `to`, spanning at most MAX_GRID_DAYS days. Throws TimeWindowError naming the field.
 */
export function parseTimeWindow(raw: unknown): TimeWindow {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new TimeWindowError('', 'an object {from, to} of YYYY-MM-DD days');
  const o = raw as Record<string, unknown>;
  const day = (field: 'from' | 'to'): string => {
    const v = o[field];
    if (typeof v !== 'string' || Number.isNaN(dayMs(v)))
      throw new TimeWindowError(field, 'a calendar day as YYYY-MM-DD (UTC)');
    return v;
  };
  const from = day('from');
  const to = day('to');
  const days = (dayMs(to) - dayMs(from)) / DAY_MS + 1;
  if (days < 1) throw new TimeWindowError('to', `on or after "from" (${from})`);
  if (days > MAX_GRID_DAYS)
    throw new TimeWindowError(
      'to',
      `at most ${MAX_GRID_DAYS} days after "from" (${from}): wider grids cannot be binned`,
    );
  return { from, to };
}

/** The window as epoch ms: start inclusive, end exclusive (00:00 UTC of the day after `to`). */
export function windowBoundsMs(w: TimeWindow): { startMs: number; endMs: number } {
  return { startMs: dayMs(w.from), endMs: dayMs(w.to) + DAY_MS };
}

/** "2026-01-01 – 2026-12-04" (both days included). */
export function describeWindow(w: TimeWindow): string {
  return `${w.from} – ${w.to}`;
}
