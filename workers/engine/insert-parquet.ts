import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { SnapshotError } from '../../src/core/snapshot/errors';
import { tableFromIPC } from 'apache-arrow';
import { parquet } from './parquet';
import type { ParquetFile } from 'parquet-wasm/esm';

/** Row groups are decoded and inserted together until a batch holds about this many rows:
 * 1k-row inserts were measured 3x slower than 100k-row ones. */
const BATCH_ROWS = 100_000;

/** What to keep of a file: some columns (by a filter on their names) and rows matching SQL. */
export interface InsertSubset {
  keepColumn?: (name: string) => boolean;
  /** A WHERE condition over the file's own columns (constant SQL written by the loader). */
  rowFilter?: string;
}

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
  source: Blob | ParquetFile,
  file: string,
  { schema, name }: { schema: string; name: string },
  signal: AbortSignal,
  onProgress: (p: InsertProgress) => void,
  subset: InsertSubset = {},
): Promise<number> {
  const pf = source instanceof Blob ? await openBlob(source, file) : source;
  try {
    const meta = pf.metadata();
    refuseEmptyChunks(meta, file);
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
    const columns = subset.keepColumn
      ? columnNames(pf.schema().intoIPCStream()).filter(subset.keepColumn)
      : undefined;
    const target = `"${schema}"."${name}"`;
    const batchName = `${name}__batch`;
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
        const table = await pf.read({ rowGroups: batch, columns });
        ipc = table.intoIPCStream(); // consumes (frees) the wasm table
      } catch (e) {
        throw new SnapshotError({
          file,
          found: 'corrupt data',
          message: `${file}: row group ${batch[0]} could not be decoded (${describe(e)}); the file may be truncated.`,
        });
      }
      if (subset.rowFilter) {
        // Decode into a scratch table, keep only the matching rows: the subset never has to fit whole.
        await conn.insertArrowFromIPCStream(ipc, { schema, name: batchName, create: true });
        const scratch = `"${schema}"."${batchName}"`;
        await conn.query(
          first
            ? `CREATE TABLE ${target} AS SELECT * FROM ${scratch} WHERE ${subset.rowFilter}`
            : `INSERT INTO ${target} SELECT * FROM ${scratch} WHERE ${subset.rowFilter}`,
        );
        await conn.query(`DROP TABLE ${scratch}`);
      } else {
        await conn.insertArrowFromIPCStream(ipc, { schema, name, create: first });
      }
      first = false;
      rows += batchRows;
      onProgress({ rows, rowsTotal, bytes, bytesTotal });
    }
    return rows;
  } finally {
    pf.free();
  }
}

/** Opens a file already in memory (a local file, or a download) as Parquet. */
export async function openBlob(blob: Blob, file: string): Promise<ParquetFile> {
  const { ParquetFile } = await parquet();
  try {
    return await ParquetFile.fromFile(blob);
  } catch (e) {
    throw new SnapshotError({
      file,
      expected: 'a Parquet file',
      found: blob.size === 0 ? 'an empty file' : 'unreadable bytes',
      message: `${file}: is not a readable Parquet file (${blob.size === 0 ? 'the file is empty' : describe(e)}).`,
    });
  }
}

/**
 * Opens a Parquet file by URL with HTTP range requests: the footer first, then only the row groups
 * (and columns) asked for. Null when the server cannot serve ranges; the caller downloads instead.
 */
export async function openUrl(url: string): Promise<ParquetFile | null> {
  if (!(await servesSuffixRanges(url))) return null;
  const { ParquetFile } = await parquet();
  try {
    return await ParquetFile.fromUrl(url);
  } catch {
    return null;
  }
}

/**
 * Parquet readers fetch the footer with a suffix range ("the last 8 bytes"). Some static servers
 * answer that with the first bytes instead, which would look like a corrupt file: probe once and
 * download whole files from such servers.
 */
async function servesSuffixRanges(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { headers: { Range: 'bytes=-4' }, cache: 'no-store', credentials: 'omit' });
    if (res.status !== 206) return false;
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(res.headers.get('content-range') ?? '');
    const tail = new TextDecoder().decode(await res.arrayBuffer());
    return !!range && Number(range[2]) === Number(range[3]) - 1 && tail === 'PAR1';
  } catch {
    return false;
  }
}

/**
 * A row group with rows whose column chunk holds no values and no bytes is a broken write: the
 * decoder would read it as an all-empty column and the contract check would blame the column
 * ("has no values"). Say instead that the file is corrupt, and where.
 */
function refuseEmptyChunks(meta: ReturnType<ParquetFile['metadata']>, file: string): void {
  meta.rowGroups().forEach((g, index) => {
    const rows = g.numRows();
    if (rows === 0) return;
    for (const c of g.columns()) {
      if (c.numValues() > 0 && c.compressedSize() > 0) continue;
      const column = c.columnPath().join('.');
      throw new SnapshotError({
        file,
        column,
        expected: `${rows} values`,
        found: `an empty column chunk (${c.numValues()} values, ${c.compressedSize()} bytes)`,
        message: `${file}: is corrupt: column "${column}" in row group ${index} holds no data for its ${rows} rows (a zero-length column chunk); the file was not written completely.`,
      });
    }
  });
}

function columnNames(schemaIpc: Uint8Array): string[] {
  return tableFromIPC(schemaIpc).schema.fields.map((f) => f.name);
}

function describe(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.slice(0, 200);
}
