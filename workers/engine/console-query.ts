/**
 * The SQL console's own connection: every statement runs inside a read-only transaction that is
 * rolled back, on a connection apart from the views' one, so a user query can neither change the
 * data nor be caught up in (or cancel) the views' work. Statements are sent, not run, so that
 * cancelSent can interrupt them between result chunks.
 */
import { Table, type RecordBatch, type Schema } from 'apache-arrow';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { assertSelectLike } from './statement-kind';

let conn: Promise<AsyncDuckDBConnection> | null = null;

/** The console's connection (its TEMP views, see console-views.ts, live there too). */
export function consoleConnection(db: AsyncDuckDB): Promise<AsyncDuckDBConnection> {
  conn ??= db.connect().catch((e: unknown) => {
    conn = null;
    throw e;
  });
  return conn;
}

export interface StreamedResult {
  /** The result's Arrow schema (known even when it has no rows). */
  schema: Schema;
  /**
   * DuckDB's own column types (BIGINT, DECIMAL(18,3), …), which the Arrow schema hides: the engine
   * casts BIGINT and DECIMAL to Float64. Null when DuckDB cannot describe the statement (SHOW, …).
   */
  sqlTypes: string[] | null;
}

/**
 * The statement's column types, asked of DuckDB after it has run (DESCRIBE only binds it, it
 * does not run it again); null when DESCRIBE does not apply or its columns do not line up.
 */
async function describeTypes(
  c: AsyncDuckDBConnection,
  sql: string,
  columns: number,
): Promise<string[] | null> {
  try {
    const t = await c.query(`DESCRIBE ${sql}`);
    const types = t.getChild('column_type')?.toArray() as unknown[] | undefined;
    return types && types.length === columns ? types.map(String) : null;
  } catch {
    return null;
  }
}

/**
 * Runs one statement read-only and hands its result to `onBatch` one Arrow batch at a time, as
 * DuckDB streams them; `onBatch` returns false to stop reading. The rest of the result is never
 * fetched: the ROLLBACK that ends the transaction drops it inside DuckDB.
 */
export async function streamReadOnly(
  db: AsyncDuckDB,
  sql: string,
  onBatch: (batch: RecordBatch) => boolean | Promise<boolean>,
): Promise<StreamedResult> {
  const c = await consoleConnection(db);
  await c.query('BEGIN TRANSACTION READ ONLY');
  try {
    // DuckDB's parser decides what runs; the engine's lockdown (duckdb.ts) stops file access.
    await assertSelectLike(c, sql);
    const reader = await c.send(sql, true);
    // The schema is read on open, and let go of once the reader reaches the end: keep it first.
    await reader.open();
    const schema = reader.schema;
    for await (const b of reader) if (!(await onBatch(b))) break;
    return { schema, sqlTypes: await describeTypes(c, sql, schema.fields.length) };
  } finally {
    await c.query('ROLLBACK').catch(() => undefined);
  }
}

/** A console result held in memory: at most the rows asked for. */
export interface HeldResult {
  table: Table;
  /** True when the statement had more rows than were kept (reading stopped there). */
  truncated: boolean;
  sqlTypes: string[] | null;
}

/**
 * Runs one statement read-only and keeps at most `maxRows` rows: reading stops one batch past
 * that (so `truncated` is exact), and the batches past it are never fetched.
 */
export async function runReadOnly(db: AsyncDuckDB, sql: string, maxRows: number): Promise<HeldResult> {
  const batches: RecordBatch[] = [];
  let held = 0;
  let truncated = false;
  const { schema, sqlTypes } = await streamReadOnly(db, sql, (b) => {
    if (held + b.numRows > maxRows) {
      if (held < maxRows) batches.push(b.slice(0, maxRows - held));
      held = maxRows;
      truncated = true;
      return false;
    }
    batches.push(b);
    held += b.numRows;
    return true;
  });
  return { table: new Table(schema, batches), truncated, sqlTypes };
}

/** Interrupts the console statement under way, if any. */
export async function cancelReadOnly(db: AsyncDuckDB): Promise<boolean> {
  const c = await consoleConnection(db);
  return c.cancelSent();
}
