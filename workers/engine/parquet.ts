/** parquet-wasm, initialised once from the site's own copy of its wasm. */
import initParquet, {
  ParquetFile,
  writeParquet,
  Table,
  WriterPropertiesBuilder,
  Compression,
  readParquet,
  transformParquetStream,
} from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let ready: Promise<unknown> | null = null;

export async function parquet() {
  ready ??= initParquet({ module_or_path: parquetWasmUrl });
  await ready;
  return {
    ParquetFile,
    writeParquet,
    readParquet,
    transformParquetStream,
    Table,
    WriterPropertiesBuilder,
    Compression,
  };
}
