/**
 * Timestamps as Moltbook data actually carries them: ISO-8601 with microseconds and "+00:00"
 * (early API crawls), milliseconds and "Z" (later crawls), zone-less ISO (Observatory CSV,
 * read as UTC), or epoch seconds / milliseconds. Anything else is null, never a guess. The rule
 * itself (pattern, offsets, epoch unit) lives in src/core/snapshot/timestamp-rule.ts, which the
 * browser's loader uses too.
 */
import { epochToMillis, ISO_TIMESTAMP, zoneOffsetMinutes } from '../../src/core/snapshot/timestamp-rule';

// Plausible range for Moltbook data; outside it a number is more likely garbage than a date.
const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

export function parseTimestamp(value: unknown): number | null {
  if (value instanceof Date) return validMs(value.getTime());
  if (typeof value === 'bigint') return parseTimestamp(Number(value));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return validMs(epochToMillis(value));
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(s)) return parseTimestamp(Number(s));
  const m = ISO_TIMESTAMP.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zone] = m;
  const ms = Number((frac + '000').slice(0, 3));
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), ms);
  const check = new Date(t);
  // Date.UTC rolls 2026-02-31 over into March; a real timestamp never needs that.
  if (
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    check.getUTCHours() !== Number(h) ||
    Number(mi) > 59 ||
    Number(sec) > 60
  ) {
    return null;
  }
  t -= zoneOffsetMinutes(zone) * 60_000;
  return validMs(t);
}

function validMs(ms: number): number | null {
  return Number.isFinite(ms) && ms >= MIN_MS && ms < MAX_MS ? Math.round(ms) : null;
}
