import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { LoadNotice } from '../../src/core/worker-api';
import type { ColumnPlan } from '../../src/core/snapshot/validate-columns';
import { TABLES, type TableName } from '../../src/core/snapshot/tables';
import { EPOCH_SECONDS_BELOW, textZoneSql } from '../../src/core/snapshot/timestamp-rule';
import { quoteIdent } from './sql-names';
import { sqlType } from './normalise';

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Counts, before normalise.ts converts a staged file, every value the conversion will change:
 * timestamps read from text (and how many carried a UTC offset) or from epoch numbers (how many in
 * each unit), and counts that do not fit the contract's type (NaN, ±Inf, 1e300, BIGINT extremes),
 * which become empty. One notice per repaired column, so nothing changes without a word.
 */
export async function rawRepairNotices(
  conn: AsyncDuckDBConnection,
  table: TableName,
  file: string,
  raw: string,
  plan: ColumnPlan,
): Promise<LoadNotice[]> {
  const missing = new Set(plan.missing);
  const repairs = new Map(plan.repairs.map((r) => [r.column, r.repair]));
  // Counts only: the one float column (a vector's scale) has its own check in checks.ts.
  const numeric = TABLES[table].columns.filter((c) => c.kind === 'int' && !missing.has(c.name));
  const parts: string[] = [];
  for (const [column, repair] of repairs) {
    const c = quoteIdent(column);
    if (repair === 'parse-text') {
      const zone = textZoneSql(c);
      parts.push(
        `count(*) FILTER (WHERE ${zone} <> '' AND upper(${zone}) <> 'Z') AS ${quoteIdent(`tz:${column}`)}`,
      );
    } else {
      const v = `TRY_CAST(${c} AS DOUBLE)`;
      parts.push(
        `count(*) FILTER (WHERE abs(${v}) < ${EPOCH_SECONDS_BELOW}) AS ${quoteIdent(`s:${column}`)}`,
      );
      parts.push(
        `count(*) FILTER (WHERE abs(${v}) >= ${EPOCH_SECONDS_BELOW}) AS ${quoteIdent(`ms:${column}`)}`,
      );
    }
  }
  for (const col of numeric) {
    const c = quoteIdent(col.name);
    // count(x) skips NULLs: the difference is the values present in the file that do not fit.
    parts.push(
      `count(${c}) - count(TRY_CAST(${c} AS ${sqlType(col.kind)})) AS ${quoteIdent(`range:${col.name}`)}`,
    );
  }
  const counts: Record<string, number> = {};
  if (parts.length) {
    const row = (await conn.query(`SELECT ${parts.join(', ')} FROM ${raw}`)).toArray()[0]?.toJSON() ?? {};
    for (const [k, v] of Object.entries(row)) counts[k] = Number(v ?? 0);
  }
  const notices: LoadNotice[] = [];
  const say = (message: string) => notices.push({ table, message: `${file}: ${message}` });
  for (const [column, repair] of repairs) {
    if (repair === 'parse-text') {
      const shifted = counts[`tz:${column}`];
      say(
        `"${column}" is stored as text and was parsed as ISO-8601` +
          (shifted ? `; ${fmt(shifted)} values carried a UTC offset and were converted to UTC.` : '.'),
      );
    } else {
      const s = counts[`s:${column}`];
      const ms = counts[`ms:${column}`];
      const units =
        s && ms
          ? `each value by its size: ${fmt(s)} in seconds and ${fmt(ms)} in milliseconds (below 1e11 is seconds)`
          : ms
            ? `in milliseconds`
            : `in seconds`;
      say(`"${column}" is stored as a number and was read as epoch time, ${units}.`);
    }
  }
  for (const col of numeric) {
    const bad = counts[`range:${col.name}`];
    if (bad > 0) say(`${table}.${col.name}: ${fmt(bad)} values out of range were set to empty.`);
  }
  return notices;
}
