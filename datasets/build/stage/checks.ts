/**
 * Counts a phase's checks in one scan and adds them to the build report as the JavaScript
 * normaliser noted them row by row: each check's count, its first three examples in input order,
 * and the report's entry order (a Map's insertion order: first by the row where a check first
 * fired, then by the check's place in the row) — so build-report.json reads the same.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BuildReport } from '../build-report';
import type { Check } from './field-sql';

export interface CheckSource {
  /** A table, view or parenthesised query with an `ord` column. */
  from: string;
  /** Only rows where this holds are looked at. */
  where?: string;
}

const EXAMPLES = 3;

export async function runChecks(
  conn: DuckDBConnection,
  source: CheckSource,
  checks: readonly Check[],
  report: BuildReport,
): Promise<void> {
  if (checks.length === 0) return;
  const cols = checks.flatMap((c, i) => [
    `count(*) FILTER (WHERE ${c.when}) AS n${i}`,
    `min(ord) FILTER (WHERE ${c.when}) AS o${i}`,
    c.example === null
      ? `NULL AS e${i}`
      : `min_by(coalesce(CAST(${c.example} AS VARCHAR), 'null'), ord, ${EXAMPLES}) FILTER (WHERE ${c.when}) AS e${i}`,
  ]);
  const reader = await conn.runAndReadAll(
    `SELECT ${cols.join(', ')} FROM ${source.from}${source.where ? ` WHERE ${source.where}` : ''}`,
  );
  const row = reader.getRowObjectsJS()[0];
  const fired = checks
    .map((check, i) => ({
      check,
      i,
      n: Number(row[`n${i}`] ?? 0),
      first: row[`o${i}`] as bigint | null,
      examples: ((row[`e${i}`] as unknown[] | null) ?? []).map(String),
    }))
    .filter((f) => f.n > 0)
    .sort((a, b) => (a.first! < b.first! ? -1 : a.first! > b.first! ? 1 : a.i - b.i));
  for (const f of fired) report.add(f.check.action, f.check.what, f.n, f.examples);
}
