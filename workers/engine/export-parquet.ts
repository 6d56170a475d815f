/**
 * A query result as a Parquet file, written as the result streams in: DuckDB's Arrow batches are
 * gathered into chunks of about CHUNK_ROWS rows, each chunk crosses into parquet-wasm (Arrow IPC)
 * and goes through its streaming writer (transformParquetStream), and the file's bytes are kept as
 * Blob parts. At no time is more than a chunk, the row group being written and one output part in
 * the worker's memory, whatever the number of rows (the Blob's bytes live in the browser's blob
 * store, which pages to disk). Written in the worker so a large export never blocks the page.
 */
import { Table, tableToIPC, type RecordBatch, type Schema } from 'apache-arrow';
import { parquet } from './parquet';

/** Rows handed to parquet-wasm at a time. */
export const CHUNK_ROWS = 65_536;
/** Rows per Parquet row group (DuckDB's own default), and a byte cap for wide text rows. */
const ROW_GROUP_ROWS = 122_880;
const ROW_GROUP_BYTES = 64 * 1024 * 1024;
/** Output bytes gathered before they become one Blob part. */
const PART_BYTES = 8 * 1024 * 1024;

/** Receives a result batch by batch; `finish` returns the whole file. */
export interface ParquetSink {
  /** Resolves once the writer has room for more (back-pressure). */
  write(batch: RecordBatch): Promise<void>;
  /** Ends the file; `schema` describes it when no row came at all. */
  finish(schema: Schema): Promise<Blob>;
  /** Gives up (e.g. the query failed): frees what was written. */
  abort(reason: unknown): void;
}

/** Starts a streaming Parquet (zstd) writer. */
export async function parquetSink(): Promise<ParquetSink> {
  const pq = await parquet();
  // Back-pressure: write() waits until the writer pulls; the input queue holds one wasm batch.
  let controller!: ReadableStreamDefaultController<unknown>;
  let wanted: (() => void) | null = null;
  const input = new ReadableStream<unknown>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        wanted?.();
        wanted = null;
      },
    },
    { highWaterMark: 1 },
  );
  // Each writer consumes its properties object.
  const props = () =>
    new pq.WriterPropertiesBuilder()
      .setCompression(pq.Compression.ZSTD)
      .setMaxRowGroupSize(ROW_GROUP_ROWS)
      .setMaxRowGroupBytes(ROW_GROUP_BYTES)
      .build();
  // Not awaited here: the writer reads the first batch (for its schema) before it resolves, so
  // awaiting it before any batch is sent would wait forever.
  const output = pq.transformParquetStream(input, props()) as Promise<ReadableStream<Uint8Array>>;
  const parts: Blob[] = [];
  const drained = (async () => {
    const reader = (await output).getReader();
    let pending: Uint8Array[] = [];
    let size = 0;
    const flush = () => {
      if (pending.length) parts.push(new Blob(pending as BlobPart[]));
      pending = [];
      size = 0;
    };
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pending.push(value);
      size += value.byteLength;
      if (size >= PART_BYTES) flush();
    }
    flush();
  })();
  // A failure of the writer must surface at the next write, not hang it.
  let failed: unknown = null;
  drained.catch((e: unknown) => {
    failed = e ?? new Error('Parquet writing failed');
    wanted?.();
  });

  let chunk: RecordBatch[] = [];
  let rows = 0;
  let sent = 0;
  async function send(): Promise<void> {
    if (!chunk.length) return;
    const wasmTable = pq.Table.fromIPCStream(tableToIPC(new Table(chunk), 'stream'));
    chunk = [];
    rows = 0;
    for (const b of wasmTable.recordBatches()) {
      if (failed) throw failed;
      if ((controller.desiredSize ?? 0) <= 0) await new Promise<void>((r) => (wanted = r));
      if (failed) throw failed;
      controller.enqueue(b);
      sent++;
    }
    wasmTable.free();
  }

  return {
    async write(batch) {
      if (!batch.numRows) return;
      chunk.push(batch);
      rows += batch.numRows;
      if (rows >= CHUNK_ROWS) await send();
    },
    async finish(schema) {
      await send();
      controller.close();
      const type = 'application/vnd.apache.parquet';
      if (!sent) {
        // The streaming writer learns the schema from its first batch; with no rows, the file is
        // written whole (it holds only the schema).
        await drained.catch(() => undefined);
        const empty = pq.Table.fromIPCStream(tableToIPC(new Table(schema), 'stream'));
        return new Blob([pq.writeParquet(empty, props()) as BlobPart], { type });
      }
      await drained;
      return new Blob(parts, { type });
    },
    abort(reason) {
      chunk = [];
      parts.length = 0;
      try {
        controller.error(reason);
      } catch {
        /* already closed */
      }
    },
  };
}
