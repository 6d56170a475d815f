/**
 * SQL for reading one staged (VARCHAR) field as the contract wants it, and the checks that count
 * what was repaired on the way. The rules are those the JavaScript normaliser had (ids trimmed and
 * capped, texts without NUL and cut at MAX_TEXT, counts non-negative and rounded, signed integers
 * clamped), written once here as SQL so they run inside DuckDB over millions of rows.
 *
 * Every function takes a column reference (it may be repeated in the SQL) made by the caller from
 * constant names, never from input.
 */
import { quoteString } from '../../../src/core/sql/sql';
import { textTimestampSql } from '../../../src/core/snapshot/timestamp-rule';
import type { Action } from '../build-report';

/** Longest text kept per field; longer input (40,000 chars is the API's own limit) is cut, with a note. */
export const MAX_TEXT = 100_000;
/** Longest id kept. */
export const MAX_ID = 200;
const INT_MAX = 2_147_483_647;
const INT_MIN = -2_147_483_648;

/** The characters JavaScript's String.prototype.trim removes (DuckDB's trim() removes only spaces). */
const JS_WHITESPACE = quoteString(
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
);

/** JavaScript Number()'s decimal grammar (DuckDB's cast also takes "1_000", "inf", "nan"). */
const DECIMAL = `'^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?$'`;

export const trimmedSql = (col: string): string => `trim(${col}, ${JS_WHITESPACE})`;

/** An id: trimmed, at most MAX_ID characters; empty or missing → NULL. */
export function idSql(col: string): string {
  return `nullif(left(${trimmedSql(col)}, ${MAX_ID}), '')`;
}

/** A timestamp by the one rule of src/core/snapshot/timestamp-rule.ts, kept to milliseconds. */
export function timestampSql(col: string): string {
  return `date_trunc('millisecond', ${textTimestampSql(col)})`;
}

/** A text: NUL removed, cut at MAX_TEXT characters; missing stays NULL. */
export function textSql(col: string): string {
  return `left(replace(${col}, chr(0), ''), ${MAX_TEXT})`;
}

/** The DOUBLE a numeric field holds, or NULL (missing, blank or unreadable). */
function numberSql(col: string): string {
  const t = trimmedSql(col);
  return `(CASE WHEN regexp_full_match(${t}, ${DECIMAL}) THEN TRY_CAST(${t} AS DOUBLE) END)`;
}

/** Whether a numeric field has something in it that is not a finite number. */
function unreadableSql(col: string): string {
  return `(${trimmedSql(col)} <> '' AND NOT coalesce(isfinite(${numberSql(col)}), false))`;
}

/** JavaScript's Math.round (halves up, also below zero). */
const roundSql = (x: string): string => `floor(${x} + 0.5)`;

/** A non-negative INTEGER count: negative → 0, fractions rounded, capped; unreadable → NULL. */
export function countSql(col: string): string {
  const n = numberSql(col);
  return `CAST(CASE WHEN isfinite(${n}) THEN CASE WHEN ${n} < 0 THEN 0 ELSE least(${INT_MAX}, ${roundSql(n)}) END END AS INTEGER)`;
}

/** A signed INTEGER (e.g. karma): rounded and clamped; unreadable → NULL. */
export function signedIntSql(col: string): string {
  const n = numberSql(col);
  return `CAST(CASE WHEN isfinite(${n}) THEN greatest(${INT_MIN}, least(${INT_MAX}, ${roundSql(n)})) END AS INTEGER)`;
}

/** One counted repair or rejection: rows where `when` holds, examples made by `example`. */
export interface Check {
  action: Action;
  what: string;
  /** SQL condition over the row. */
  when: string;
  /** SQL text of the example noted, or null for none. */
  example: string | null;
}

/** What the JS normaliser's `text()` noted for a text field. */
export function textChecks(col: string, field: string): Check[] {
  return [
    {
      action: 'repaired',
      what: `NUL characters removed from ${field}`,
      when: `contains(${col}, chr(0))`,
      example: null,
    },
    {
      action: 'repaired',
      what: `${field} longer than ${MAX_TEXT} characters truncated`,
      when: `length(replace(${col}, chr(0), '')) > ${MAX_TEXT}`,
      example: null,
    },
  ];
}

/** What `count()` noted: unreadable, negative, fractional. */
export function countChecks(col: string, field: string): Check[] {
  const n = numberSql(col);
  return [
    {
      action: 'repaired',
      what: `unreadable ${field} set to empty`,
      when: unreadableSql(col),
      example: `left(${col}, 40)`,
    },
    {
      action: 'repaired',
      what: `negative ${field} set to 0`,
      when: `${n} < 0 AND isfinite(${n})`,
      example: col,
    },
    {
      action: 'repaired',
      what: `fractional ${field} rounded`,
      when: `${n} >= 0 AND isfinite(${n}) AND ${n} <> floor(${n})`,
      example: col,
    },
  ];
}

/** What `signedInt()` noted: unreadable only. */
export function signedIntChecks(col: string, field: string): Check[] {
  return [
    {
      action: 'repaired',
      what: `unreadable ${field} set to empty`,
      when: unreadableSql(col),
      example: `left(${col}, 40)`,
    },
  ];
}
