import type { QueryColumn } from '../../core/worker-api';

/** DuckDB's integer types; the engine hands them over as doubles. */
const INTEGER_SQL = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|INT\d*|UINT\d+)$/i;

/** Arrow type names as DuckDB calls them, for columns DuckDB could not describe. */
const ARROW_TO_SQL: [RegExp, string][] = [
  [/^Utf8|^LargeUtf8/, 'VARCHAR'],
  [/^Bool/, 'BOOLEAN'],
  [/^Int8$/, 'TINYINT'],
  [/^Int16$/, 'SMALLINT'],
  [/^Int32$/, 'INTEGER'],
  [/^Int64$/, 'BIGINT'],
  [/^Float32$/, 'FLOAT'],
  [/^Float64$/, 'DOUBLE'],
  [/^Date/, 'DATE'],
  [/^Timestamp<[^,>]*, ?.+>/, 'TIMESTAMP WITH TIME ZONE'],
  [/^Timestamp/, 'TIMESTAMP'],
];

/** The column's type as SQL names it: DuckDB's own where known (BIGINT, not Float64). */
export function columnTypeLabel(c: QueryColumn): string {
  if (c.sqlType) return c.sqlType;
  return ARROW_TO_SQL.find(([re]) => re.test(c.type))?.[1] ?? c.type;
}

/** True for integer columns (by DuckDB's type): their values are shown as integers. */
export function isIntegerColumn(c: QueryColumn): boolean {
  return INTEGER_SQL.test(c.sqlType ?? '') || /^U?Int\d+$/.test(c.type);
}

/** How one result cell reads in the grid: times in UTC, big integers marked approximate, lists as JSON. */
export function cellText(v: unknown, column: QueryColumn): string {
  if (v === null || v === undefined) return 'NULL';
  const type = column.type;
  if (typeof v === 'number') {
    if (/^Timestamp/.test(type)) return new Date(v).toISOString().replace('T', ' ').replace('.000Z', 'Z');
    if (/^Date/.test(type)) return new Date(v).toISOString().slice(0, 10);
    // A 64-bit integer past 2^53 lost digits on its way as a double: say it is approximate.
    if (isIntegerColumn(column) && !Number.isSafeInteger(v)) return `≈${v.toPrecision(17)}`;
    return String(v);
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}
