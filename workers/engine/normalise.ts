import type { TimestampRepair } from '../../src/core/snapshot/column-kinds';
import { epochTimestampSql, textTimestampSql } from '../../src/core/snapshot/timestamp-rule';
import type { ColumnPlan } from '../../src/core/snapshot/validate-columns';
import { TABLES, type ColumnKind, type TableName } from '../../src/core/snapshot/tables';
import { quoteIdent } from './sql-names';

const SQL_TYPE: Record<ColumnKind, string> = {
  string: 'VARCHAR',
  int: 'INTEGER',
  float: 'FLOAT',
  timestamp: 'TIMESTAMP',
  int8list: 'TINYINT[]',
  floatlist: 'FLOAT[]',
};

/** SQL expression that turns a stored column into the contract's type. */
function columnExpr(
  name: string,
  kind: ColumnKind,
  repair: TimestampRepair | undefined,
  missing: boolean,
): string {
  const type = SQL_TYPE[kind];
  if (missing) return `CAST(NULL AS ${type})`;
  const c = quoteIdent(name);
  if (kind === 'timestamp') {
    if (repair === 'parse-text') return textTimestampSql(c);
    if (repair === 'epoch') return epochTimestampSql(`TRY_CAST(${c} AS DOUBLE)`);
    return `CAST(${c} AS TIMESTAMP)`;
  }
  // TRY_CAST: an out-of-range count (NaN, ±Inf, 1e300, BIGINT extremes) becomes NULL rather than
  // failing the whole load; raw-repairs.ts counts them per column for a notice.
  return kind === 'string' ? `CAST(${c} AS VARCHAR)` : `TRY_CAST(${c} AS ${type})`;
}

/** SQL type of a contract column kind. */
export const sqlType = (kind: ColumnKind): string => SQL_TYPE[kind];

/**
 * The SELECT that builds the contract table from a staged raw table: every contract column in its
 * canonical type (missing optional ones as NULL), duplicate ids reduced to their first row.
 */
export function normaliseSelect(table: TableName, staged: string, plan: ColumnPlan, dedupe: boolean): string {
  const repairs = new Map(plan.repairs.map((r) => [r.column, r.repair]));
  const missing = new Set(plan.missing);
  const cols = TABLES[table].columns.map((col) => {
    const repair = repairs.get(col.name);
    return `${columnExpr(col.name, col.kind, repair, missing.has(col.name))} AS ${quoteIdent(col.name)}`;
  });
  const order = TABLES[table].columns.some((c) => c.name === 'created_at') ? 'created_at' : 'id';
  const keepFirst = dedupe ? ` QUALIFY row_number() OVER (PARTITION BY id ORDER BY ${order}) = 1` : '';
  return `SELECT * FROM (SELECT ${cols.join(', ')} FROM ${staged})${keepFirst} ORDER BY ${order}`;
}

/** Empty contract table, for optional tables a dataset does not have. */
export function emptyTableSql(table: TableName, target: string): string {
  const cols = TABLES[table].columns.map((c) => `${quoteIdent(c.name)} ${SQL_TYPE[c.kind]}`);
  return `CREATE TABLE ${target} (${cols.join(', ')})`;
}
