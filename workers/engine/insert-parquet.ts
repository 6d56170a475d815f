import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { SnapshotError } from '../../src/core/snapshot/errors';
import { parquet } from './parquet';

/** Row groups are decoded and inserted together until a batch holds about this many rows:
 * 1k-row inserts were measured 3x slower than 100k-row ones. */
const BATCH_ROWS = 100_000;

export interface InsertProgress {
  rows: number;
  rowsTotal: number;
  bytes: number;
  bytesTotal: number;
}

/**
 * Decodes a Parquet file with parquet-wasm and inserts it into DuckDB as `schema.name`.
 * DuckDB-WASM's own Parquet reader is an extension fetched from a CDN at run time, which this site
 * never contacts, so decoding happens here and DuckDB receives Arrow IPC.
 */
export async function insertParquet(
  conn: AsyncDuckDBConnection,
  blob: Blob,
  file: string,
  target: { schema: string; name: string },
  signal: AbortSignal,
  onProgress: (p: InsertProgress) => void,
): Promise<number> {
  const { ParquetFile } = await parquet();
  let pf;
  try {
    pf = await ParquetFile.fromFile(blob);
  } catch (e) {
    throw new SnapshotError({
      file,
      expected: 'a Parquet file',
      found: blob.size === 0 ? 'an empty file' : 'unreadable bytes',
      message: `${file}: is not a readable Parquet file (${blob.size === 0 ? 'the file is empty' : describe(e)}).`,
    });
  }
  try {
    const meta = pf.metadata();
    const groups = meta.rowGroups().map((g) => ({ rows: g.numRows(), bytes: g.compressedSize() }));
    const rowsTotal = groups.reduce((s, g) => s + g.rows, 0);
    const bytesTotal = groups.reduce((s, g) => s + g.bytes, 0);
    if (rowsTotal === 0) {
      throw new SnapshotError({
        file,
        found: '0 rows',
        expected: 'at least one row',
        message: `${file}: has no rows.`,
      });
    }
    let rows = 0;
    let bytes = 0;
    let first = true;
    for (let i = 0; i < groups.length;) {
      const batch: number[] = [];
      let batchRows = 0;
      while (i < groups.length && (batch.length === 0 || batchRows + groups[i].rows <= BATCH_ROWS)) {
        batch.push(i);
        batchRows += groups[i].rows;
        bytes += groups[i].bytes;
        i++;
      }
      if (signal.aborted) throw new DOMException('Loading was cancelled.', 'AbortError');
      let ipc: Uint8Array;
      try {
        const table = await pf.read({ rowGroups: batch });
        ipc = table.intoIPCStream(); // consumes (frees) the wasm table
      } catch (e) {
        throw new SnapshotError({
          file,
          found: 'corrupt data',
          message: `${file}: row group ${batch[0]} could not be decoded (${describe(e)}); the file may be truncated.`,
        });
      }
      await conn.insertArrowFromIPCStream(ipc, { schema: target.schema, name: target.name, create: first });
      first = false;
      rows += batchRows;
      onProgress({ rows, rowsTotal, bytes, bytesTotal });
    }
    return rows;
  } finally {
    pf.free();
  }
}

function describe(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.slice(0, 200);
}
