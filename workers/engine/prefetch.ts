import type { TableName } from '../../src/core/snapshot/tables';
import { fetchBytes } from './fetch-bytes';
import type { MeasuredSizes } from './memory-budget';
import type { TableSource } from './sources';

/**
 * Files up to this size are downloaded whole, all at once, as soon as the load knows it will read
 * them: while DuckDB is still starting. Reading them by range instead costs a probe and a footer
 * round trip each before the first row (measured ~0.3 s a file on the bundled snapshot), and the
 * tables would arrive one after another. Larger files keep their range reads, so a paper-scale
 * table is never held twice in memory (its bytes and its decoded rows).
 */
export const PREFETCH_MAX_BYTES = 48 * 1024 ** 2;

/**
 * Bytes on their way, by table. Null once it is known the file is not prefetched after all (the
 * cache holds it); a table absent here, or null, is read as before (range reads or a download).
 */
export type Prefetched = Map<TableName, Promise<Uint8Array | null>>;

/**
 * Starts the downloads of the small URL files among `tables` whose size the server stated (HEAD),
 * skipping those `skip` names (held by the cache, or read by columns for a subset). A failed
 * download is seen where its bytes are awaited, as fetchBytes's own SnapshotError naming the file.
 */
export function prefetchSmallFiles(
  tables: TableSource[],
  measured: MeasuredSizes,
  signal: AbortSignal,
  cap: number,
  skip: (table: TableName) => boolean | Promise<boolean>,
): Prefetched {
  const out: Prefetched = new Map();
  for (const t of tables) {
    if (!('url' in t)) continue;
    const size = measured[t.table];
    if (size == null || size > PREFETCH_MAX_BYTES || size > cap) continue;
    const url = t.url;
    const bytes = (async () =>
      (await skip(t.table)) ? null : fetchBytes(url, t.file, signal, () => undefined, cap))();
    // Awaited later; a load that fails before then must not report this one as unhandled.
    bytes.catch(() => undefined);
    out.set(t.table, bytes);
  }
  return out;
}
