import type { BuildReport } from './build-report';

/** Longest text kept per field; longer input (40,000 chars is the API's own limit) is cut, with a note. */
export const MAX_TEXT = 100_000;

export function text(v: unknown, field: string, report: BuildReport): string | null {
  if (v === null || v === undefined) return null;
  let s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
  if (s === null) {
    report.note('repaired', `non-text ${field} set to empty`, JSON.stringify(v)?.slice(0, 80));
    return null;
  }
  // NUL cannot be stored in every reader's strings and never carries meaning here.
  if (s.includes('\u0000')) {
    s = s.split('\u0000').join('');
    report.note('repaired', `NUL characters removed from ${field}`);
  }
  if (s.length > MAX_TEXT) {
    report.note('repaired', `${field} longer than ${MAX_TEXT} characters truncated`);
    s = s.slice(0, MAX_TEXT);
  }
  return s;
}

export function id(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim().slice(0, 200);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** A non-negative integer count; negative values become 0 and fractions are rounded, both noted. */
export function count(v: unknown, field: string, report: BuildReport): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'bigint'
        ? Number(v)
        : typeof v === 'string'
          ? Number(v.trim())
          : NaN;
  if (!Number.isFinite(n)) {
    report.note('repaired', `unreadable ${field} set to empty`, String(v).slice(0, 40));
    return null;
  }
  if (n < 0) {
    report.note('repaired', `negative ${field} set to 0`, String(v));
    return 0;
  }
  if (!Number.isInteger(n)) report.note('repaired', `fractional ${field} rounded`, String(v));
  return Math.min(2_147_483_647, Math.round(n));
}

/** A signed integer such as karma (which can be negative); only garbage is cleared. */
export function signedInt(v: unknown, field: string, report: BuildReport): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) {
    report.note('repaired', `unreadable ${field} set to empty`, String(v).slice(0, 40));
    return null;
  }
  return Math.max(-2_147_483_648, Math.min(2_147_483_647, Math.round(n)));
}
