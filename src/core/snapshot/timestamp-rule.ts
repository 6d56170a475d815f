/**
 * The one rule for timestamps that are not stored as timestamps, shared by the CLI (which parses
 * values in JavaScript, datasets/build/timestamps.ts) and the browser (which parses them in
 * DuckDB-WASM, workers/engine/normalise.ts):
 *
 * - text is ISO-8601: a date, optionally a time with fractional seconds, optionally a zone —
 *   "Z" or a UTC offset (+14:00, -0530, +05). An offset is applied, so "2026-01-28T03:00+14:00"
 *   is 2026-01-27 13:00 UTC; no zone means UTC. Text of digits alone is an epoch number.
 * - numbers are epoch time, each value by its own size: below 1e11 seconds, else milliseconds
 *   (1e11 ms is March 1973; 1e11 s is the year 5138), so a column mixing both is read right.
 *
 * DuckDB-WASM has no ICU, and its cast of text to TIMESTAMP drops an offset silently, so the SQL
 * below takes the text apart itself rather than trusting a cast with the zone still on.
 */

/** Epoch values of smaller magnitude than this are seconds; others are milliseconds. */
export const EPOCH_SECONDS_BELOW = 1e11;

/** ISO-8601 as Moltbook data carries it; groups: y, mo, d, h, mi, s, fraction, zone. */
export const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The same pattern in RE2 syntax for DuckDB (no JS flags). */
const ISO_SQL = `(?i)^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$`;
const NUMBER_SQL = `^-?\\d+(\\.\\d+)?$`;

/** Minutes to subtract from a local time to get UTC: "+14:00" is 840, "Z" or none is 0. */
export function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/** Epoch milliseconds of an epoch number, by the rule above. */
export function epochToMillis(value: number): number {
  return Math.abs(value) < EPOCH_SECONDS_BELOW ? value * 1000 : value;
}

// Timestamps DuckDB can hold comfortably: years 1 to 9999. Outside that, NULL (counted as
// unparsable by the loader) rather than an error that would stop the whole load.
const MIN_MS = -62135596800000;
const MAX_MS = 253402300799999;

/** SQL: epoch milliseconds (DOUBLE) of a numeric expression, each value by its magnitude. */
export function epochMillisSql(num: string): string {
  return `(CASE WHEN abs(${num}) < ${EPOCH_SECONDS_BELOW} THEN (${num}) * 1000.0 ELSE (${num}) END)`;
}

/** SQL: TIMESTAMP of a numeric expression read as epoch time (NULL when out of range). */
export function epochTimestampSql(num: string): string {
  const ms = epochMillisSql(`CAST(${num} AS DOUBLE)`);
  return `(CASE WHEN ${ms} BETWEEN ${MIN_MS} AND ${MAX_MS} THEN epoch_ms(CAST(round(${ms}) AS BIGINT)) END)`;
}

/** SQL: the zone part ("", "Z", "+14:00") of an ISO-8601 text expression, '' if none or not ISO. */
export function textZoneSql(text: string): string {
  return `coalesce(regexp_extract(trim(${text}), '${ISO_SQL}', 1), '')`;
}

/**
 * SQL: TIMESTAMP (UTC) of a text expression by the rule above; NULL for anything else.
 * `text` must be a column reference or other side-effect-free expression (it is repeated).
 */
export function textTimestampSql(text: string): string {
  const t = `trim(${text})`;
  const zone = textZoneSql(text);
  const local = `TRY_CAST(upper(rtrim(left(${t}, length(${t}) - length(${zone})))) AS TIMESTAMP)`;
  const offset = `(CASE WHEN ${zone} = '' OR upper(${zone}) = 'Z' THEN 0
      ELSE (CASE WHEN left(${zone}, 1) = '-' THEN -1 ELSE 1 END)
        * (CAST(substr(${zone}, 2, 2) AS INTEGER) * 60
           + CASE WHEN length(${zone}) > 3 THEN CAST(right(${zone}, 2) AS INTEGER) ELSE 0 END) END)`;
  return `(CASE
    WHEN regexp_full_match(${t}, '${NUMBER_SQL}') THEN ${epochTimestampSql(`TRY_CAST(${t} AS DOUBLE)`)}
    WHEN regexp_matches(${t}, '${ISO_SQL}') THEN ${local} - to_minutes(${offset})
  END)`;
}
