/** One native DuckDB session for writing benchmark inputs: bounded memory, spilling to disk. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { quoteString } from '../../../src/core/sql/sql.ts';

/** A Parquet file as a table expression. */
export const parquet = (path: string) => `read_parquet(${quoteString(path)})`;

/** The Parquet options every written file uses (as the snapshots: ZSTD, 100k-row groups). */
export const PARQUET = '(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)';

/**
 * Runs `work` with a connection whose results keep the order of their source
 * (preserve_insertion_order) so every file is written the same way each time, and whose memory is
 * capped so a paper-scale copy spills instead of growing.
 */
export async function withDuckDB<T>(work: (con: DuckDBConnection) => Promise<T>): Promise<T> {
  const spill = mkdtempSync(join(tmpdir(), 'moltscope-bench-inputs-'));
  const inst = await DuckDBInstance.create(':memory:', {
    memory_limit: '3GB',
    temp_directory: spill,
    preserve_insertion_order: 'true',
  });
  const con = await inst.connect();
  try {
    return await work(con);
  } finally {
    con.closeSync();
    inst.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}

/** A single number from a query. */
export async function scalar(con: DuckDBConnection, sql: string): Promise<number> {
  const rows = (await con.runAndReadAll(sql)).getRows();
  return Number(rows[0][0]);
}
