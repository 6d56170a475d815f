/**
 * Escaping for SQL built from user input (URL parameters, search boxes, agent names). Every value
 * that is not a constant of the code goes through one of these; nothing is interpolated raw.
 */

/** A string literal: single quotes doubled; NUL (which DuckDB would reject mid-query) refused. */
export function sqlString(value: string): string {
  if (value.includes('\0')) throw new RangeError('SQL string contains NUL');
  return `'${value.replaceAll("'", "''")}'`;
}

/** A numeric literal; NaN and ±Infinity are refused rather than turned into identifiers. */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/** An identifier (table or column name), double-quoted with quotes doubled. */
export function sqlIdent(name: string): string {
  if (name.includes('\0')) throw new RangeError('SQL identifier contains NUL');
  return `"${name.replaceAll('"', '""')}"`;
}

/** A list literal of strings, e.g. for IN (...). */
export function sqlStringList(values: readonly string[]): string {
  return `(${values.map(sqlString).join(', ')})`;
}

/** A TIMESTAMP literal from epoch ms (UTC). */
export function sqlTimestamp(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`not a finite time: ${ms}`);
  return `epoch_ms(${Math.trunc(ms)})`;
}
