import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Table, tableToIPC, type RecordBatch } from 'apache-arrow';
import { TABLES, type TableName } from '../../../src/core/snapshot/tables';
import { emptyTableSql } from '../normalise';
import { quoteIdent } from '../sql-names';
import type { TableRestorer } from './table-cache';

/** Rows per cached chunk: like the Parquet path, inserts of ~100k rows are the fast size, and a
 * chunk is all that is held in memory at once on either side. */
const CHUNK_ROWS = 100_000;

/**
 * Restores a contract table from Arrow IPC chunks: the table is created with the contract's exact
 * column types first, so the cached data is appended into the same shape a cold load builds.
 * The chunks go in through a connection of their own, closed afterwards: an IPC stream DuckDB
 * cannot parse leaves its connection's Arrow insert half-open, and the next insert on that
 * connection (the Parquet fallback's) would silently go nowhere.
 */
export function duckdbRestorer(conn: AsyncDuckDBConnection, schema: string, table: TableName): TableRestorer {
  const target = `${schema}.${quoteIdent(table)}`;
  return {
    async restore(chunks) {
      await conn.query(emptyTableSql(table, target));
      const own = await conn.bindings.connect();
      try {
        for await (const ipc of chunks) {
          await own.insertArrowFromIPCStream(ipc, { schema, name: table, create: false });
        }
      } finally {
        await own.close().catch(() => undefined);
      }
      return Number((await conn.query(`SELECT count(*) AS n FROM ${target}`)).toArray()[0]?.toJSON().n);
    },
    async discard() {
      await conn.query(`DROP TABLE IF EXISTS ${target}`);
    },
  };
}

/**
 * A loaded contract table as Arrow IPC stream chunks of about CHUNK_ROWS rows, streamed from DuckDB
 * so the whole table is never copied at once. `conn` must be a connection of its own: a streaming
 * result is cut short by any other query on its connection.
 */
export async function* exportChunks(
  conn: AsyncDuckDBConnection,
  schema: string,
  table: TableName,
): AsyncIterable<Uint8Array> {
  // Columns listed in contract order: restore appends by position into an emptyTableSql table.
  const cols = TABLES[table].columns.map((c) => quoteIdent(c.name)).join(', ');
  const reader = await conn.send(`SELECT ${cols} FROM ${schema}.${quoteIdent(table)}`, true);
  let batches: RecordBatch[] = [];
  let rows = 0;
  for await (const batch of reader) {
    batches.push(batch);
    rows += batch.numRows;
    if (rows >= CHUNK_ROWS) {
      yield tableToIPC(new Table(batches), 'stream');
      batches = [];
      rows = 0;
    }
  }
  if (batches.length) yield tableToIPC(new Table(batches), 'stream');
}
