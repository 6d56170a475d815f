/**
 * A query result as a Parquet file: DuckDB's Arrow result → Arrow IPC stream → parquet-wasm.
 * Written in the worker so a large export never blocks the page.
 */
import { tableToIPC, type Table } from 'apache-arrow';
import { parquet } from './parquet';

export async function toParquet(table: Table): Promise<Uint8Array> {
  const pq = await parquet();
  const ipc = tableToIPC(table, 'stream');
  const wasmTable = pq.Table.fromIPCStream(ipc);
  const props = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.ZSTD).build();
  return pq.writeParquet(wasmTable, props);
}
