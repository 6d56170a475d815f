/**
 * The SQL console's own connection: every statement runs inside a read-only transaction that is
 * rolled back, on a connection apart from the views' one, so a user query can neither change the
 * data nor be caught up in (or cancel) the views' work. Statements are sent, not run, so that
 * cancelSent can interrupt them between result chunks.
 */
import { Table, type RecordBatch } from 'apache-arrow';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

let conn: Promise<AsyncDuckDBConnection> | null = null;

function consoleConnection(db: AsyncDuckDB): Promise<AsyncDuckDBConnection> {
  conn ??= db.connect().catch((e: unknown) => {
    conn = null;
    throw e;
  });
  return conn;
}

/** Runs one statement read-only and returns its whole result. */
export async function runReadOnly(db: AsyncDuckDB, sql: string): Promise<Table> {
  const c = await consoleConnection(db);
  await c.query('BEGIN TRANSACTION READ ONLY');
  try {
    const reader = await c.send(sql, true);
    const batches: RecordBatch[] = [];
    for await (const b of reader) batches.push(b);
    return new Table(reader.schema, batches);
  } finally {
    await c.query('ROLLBACK').catch(() => undefined);
  }
}

/** Interrupts the console statement under way, if any. */
export async function cancelReadOnly(db: AsyncDuckDB): Promise<boolean> {
  const c = await consoleConnection(db);
  return c.cancelSent();
}
