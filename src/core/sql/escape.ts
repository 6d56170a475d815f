/**
 * Escaping helpers for query builders that assemble SQL text directly. They are thin names over the
 * one escaping implementation in ./sql.ts, so there is a single place that decides what is safe.
 */
import { ident, literal, quoteString } from './sql';

/** A string literal: single quotes doubled; NUL refused. */
export const sqlString = (value: string): string => quoteString(value);

/** A numeric literal; NaN and ±Infinity are refused. */
export const sqlNumber = (value: number): string => literal(value);

/** An identifier (table or column name), double-quoted with quotes doubled. */
export const sqlIdent = (name: string): string => literal(ident(name));

/** A list literal of strings, e.g. for IN (...). */
export const sqlStringList = (values: readonly string[]): string => literal(values);

/** A TIMESTAMP from epoch ms (UTC). */
export function sqlTimestamp(ms: number): string {
  return `epoch_ms(${literal(Math.trunc(ms))})`;
}
