import { statSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { SQL_COLUMNS } from './rows';

export type SnapshotTable = keyof typeof SQL_COLUMNS;

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Rows per Parquet row group: small enough for the browser to fetch selectively. */
export const ROW_GROUP_SIZE = 100_000;

/** The snapshot's row order of each table: time then id; embeddings posts first, then comments. */
export function snapshotOrder(table: SnapshotTable): string {
  const types = SQL_COLUMNS[table];
  return table === 'embeddings'
    ? `ORDER BY CASE kind WHEN 'post' THEN 0 ELSE 1 END, t, id`
    : 'created_at' in types
      ? `ORDER BY created_at NULLS FIRST, id`
      : 'ORDER BY id';
}

/** Writes a query's rows as one snapshot Parquet file (ZSTD, 100k-row groups); returns its size. */
export async function copyToParquet(conn: DuckDBConnection, select: string, dest: string): Promise<number> {
  await conn.run(
    `COPY (${select}) TO ${quote(dest)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
  );
  return statSync(dest).size;
}

/**
 * Converts a temporary NDJSON file into the snapshot's Parquet file: columns cast to their contract
 * types, epoch-ms times to TIMESTAMP (UTC wall time, no zone, so day grouping never depends on a
 * session time zone), rows ordered by time then id, ZSTD, 100k-row groups.
 */
export async function ndjsonToParquet(table: SnapshotTable, src: string, dest: string): Promise<number> {
  const types = SQL_COLUMNS[table];
  const columnsSpec = Object.entries(types)
    .map(([name, type]) => `${quote(name)}: ${quote(type)}`)
    .join(', ');
  const select = Object.keys(types)
    .filter((name) => !(table === 'embeddings' && name === 't'))
    .map((name) => (name === 'created_at' ? `epoch_ms(created_at) AS created_at` : `"${name}"`))
    .join(', ');
  const order = snapshotOrder(table);
  const instance = await DuckDBInstance.create(':memory:', {
    threads: '2',
    preserve_insertion_order: 'true',
  });
  const conn = await instance.connect();
  try {
    const source = `read_json(${quote(src)}, format = 'newline_delimited', columns = {${columnsSpec}}, maximum_object_size = 67108864)`;
    return await copyToParquet(conn, `SELECT ${select} FROM ${source} ${order}`, dest);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
