import type { ColumnKind } from './tables';

/**
 * How a column's stored type (as DuckDB reports it) relates to the logical kind the contract asks for.
 * `ok`: use as is. `repair`: convertible, with the documented repair named. `bad`: reject.
 */
export type KindMatch = { status: 'ok' } | { status: 'repair'; repair: TimestampRepair } | { status: 'bad' };

/** Timestamps stored as text are parsed as ISO-8601; integers are epoch seconds or milliseconds,
 * each value by its own magnitude (see timestamp-rule.ts). */
export type TimestampRepair = 'parse-text' | 'epoch';

// Types as DuckDB names them (DESCRIBE): files are checked after DuckDB has read them, so Parquet,
// CSV and JSON inputs are all judged the same way.
const STRING = /^VARCHAR$/;
const INT = /^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/;
const FLOAT = /^(FLOAT|DOUBLE|REAL)$|^DECIMAL/;
const TIMESTAMP = /^TIMESTAMP|^DATE$/;

export function matchKind(kind: ColumnKind, duckdbType: string): KindMatch {
  const t = duckdbType.trim().toUpperCase();
  switch (kind) {
    case 'string':
      return STRING.test(t) ? { status: 'ok' } : { status: 'bad' };
    case 'int':
      // Whole floats are common in CSV-derived Parquet; DuckDB casts them.
      return INT.test(t) || FLOAT.test(t) ? { status: 'ok' } : { status: 'bad' };
    case 'float':
      return FLOAT.test(t) || INT.test(t) ? { status: 'ok' } : { status: 'bad' };
    case 'timestamp':
      if (TIMESTAMP.test(t)) return { status: 'ok' };
      if (STRING.test(t)) return { status: 'repair', repair: 'parse-text' };
      // Which epoch unit is decided value by value, see timestamp-rule.ts.
      if (INT.test(t)) return { status: 'repair', repair: 'epoch' };
      return { status: 'bad' };
    case 'int8list':
      return /^TINYINT\[\d*\]$/.test(t) ? { status: 'ok' } : { status: 'bad' };
    case 'floatlist':
      return /^(FLOAT|DOUBLE)\[\d*\]$/.test(t) ? { status: 'ok' } : { status: 'bad' };
  }
}

/** Plain-language name of a kind, for error messages. */
export function describeKind(kind: ColumnKind): string {
  return {
    string: 'text',
    int: 'integer',
    float: 'number',
    timestamp: 'timestamp (or ISO-8601 text, or epoch seconds/milliseconds)',
    int8list: 'list of int8',
    floatlist: 'list of floats',
  }[kind];
}
