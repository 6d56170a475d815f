/**
 * Which statements the SQL console runs, decided by DuckDB's own parser. DuckDB-WASM 1.32 has no
 * json extension (so no json_serialize_sql) and would fetch one from its CDN, which the engine
 * forbids; but the built-in query() table function parses its text and accepts exactly one
 * statement that DuckDB itself classes as a SELECT (SELECT, WITH, VALUES, TABLE, FROM-first,
 * DESCRIBE, SUMMARIZE, SHOW). Preparing `SELECT * FROM query('<text>')` binds without running:
 * anything else comes back as "Expected a single SELECT statement" and is refused.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { sqlString } from '../../src/core/sql/escape';
import { consoleRefusal } from '../../src/core/sql/console-refusal';

/** EXPLAIN [ANALYZE] of a statement that is itself accepted. */
const EXPLAIN = /^\s*explain\s+(?:analy[sz]e\s+)?/i;

export const NOT_A_QUERY =
  'Only one read-only query runs here (SELECT, WITH, VALUES, TABLE, FROM, DESCRIBE, SUMMARIZE, SHOW, or EXPLAIN of one); DuckDB reads this statement as something else.';

/** Throws a console refusal unless `sql` is one SELECT-like statement; parse errors pass through. */
export async function assertSelectLike(conn: AsyncDuckDBConnection, sql: string): Promise<void> {
  const inner = sql.replace(EXPLAIN, '');
  let literal: string;
  try {
    literal = sqlString(inner);
  } catch {
    throw consoleRefusal('The statement contains a NUL character.');
  }
  try {
    const prepared = await conn.prepare(`SELECT * FROM query(${literal})`);
    await prepared.close();
  } catch (e) {
    const message = (e as { message?: string }).message ?? String(e);
    if (/expected a single select statement/i.test(message)) throw consoleRefusal(NOT_A_QUERY);
    throw e;
  }
}
