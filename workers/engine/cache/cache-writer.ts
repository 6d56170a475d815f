import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { CacheSaveSummary, LoadNotice } from '../../../src/core/worker-api';
import type { CacheStore } from './cache-store';
import { exportChunks } from './duckdb-table-io';
import { saveTable, type CachedFile } from './table-cache';

export interface PendingSave extends CachedFile {
  rows: number;
  notices: LoadNotice[];
  /** A file kept as it came (one chunk), rather than a table exported from DuckDB. */
  bytes?: Uint8Array;
}

/**
 * Saves under way, one after the other in the background, so the dataset is usable at once: the
 * load's tables first, then any deferred table a view loaded later. A new load or a cache clear
 * stops them all first.
 */
interface Saver {
  controller: AbortController;
  conn: AsyncDuckDBConnection | null;
  done: Promise<CacheSaveSummary>;
}
const savers = new Set<Saver>();
/** Settles when the last save queued has finished. */
let tail: Promise<unknown> = Promise.resolve();
let last: CacheSaveSummary | null = null;

/**
 * Queues a save of `pending` from `conn` (a connection holding the loaded tables' snapshot; null
 * when only files kept as bytes are saved), and closes that connection when done.
 */
export function startSaving(
  store: CacheStore,
  conn: AsyncDuckDBConnection | null,
  schema: string,
  pending: PendingSave[],
): void {
  const controller = new AbortController();
  const before = tail;
  const done = (async () => {
    const summary: CacheSaveSummary = { saved: [], failed: [], quota: false };
    try {
      await before;
      for (const p of pending) {
        if (controller.signal.aborted) break;
        const chunks = p.bytes ? oneChunk(p.bytes) : conn ? exportChunks(conn, schema, p.table) : null;
        if (!chunks) continue;
        const outcome = await saveTable(store, p, chunks, controller.signal);
        if (outcome === 'saved') summary.saved.push(p.table);
        else if (outcome !== 'aborted') summary.failed.push(p.table);
        if (outcome === 'quota') {
          // No room: the rest would fail the same way.
          summary.quota = true;
          break;
        }
      }
    } finally {
      await conn?.query('ROLLBACK').catch(() => undefined);
      await conn?.close().catch(() => undefined);
    }
    if (!controller.signal.aborted) last = summary;
    return summary;
  })();
  const saver = { controller, conn, done };
  savers.add(saver);
  tail = done.catch(() => undefined);
  void tail.then(() => savers.delete(saver));
}

/** Stops every save under way or queued, and waits until they have let go of their tables. */
export async function stopSaving(): Promise<void> {
  last = null;
  const all = [...savers];
  for (const s of all) s.controller.abort();
  for (const s of all) await s.conn?.cancelSent().catch(() => false);
  for (const s of all) await s.done.catch(() => undefined);
}

/** The outcome of the last save, once every queued one has finished (null if none was started). */
export async function savingSettled(): Promise<CacheSaveSummary | null> {
  await tail;
  return last;
}

async function* oneChunk(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}
