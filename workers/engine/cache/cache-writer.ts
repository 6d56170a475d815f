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
 * The one save under way, after a load: tables are written one after the other in the background,
 * so the dataset is usable at once. A new load or a cache clear stops it first.
 */
let current: {
  controller: AbortController;
  conn: AsyncDuckDBConnection | null;
  done: Promise<CacheSaveSummary>;
} | null = null;
let last: CacheSaveSummary | null = null;

/**
 * Saves `pending` from `conn` (a connection holding the loaded tables' snapshot; null when only
 * files kept as bytes are saved), then closes it.
 */
export function startSaving(
  store: CacheStore,
  conn: AsyncDuckDBConnection | null,
  schema: string,
  pending: PendingSave[],
): void {
  const controller = new AbortController();
  const done = (async () => {
    const summary: CacheSaveSummary = { saved: [], failed: [], quota: false };
    try {
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
    last = summary;
    return summary;
  })();
  current = { controller, conn, done };
  void done.finally(() => {
    if (current?.done === done) current = null;
  });
}

/** Stops the save under way, if any, and waits until it has let go of its tables. */
export async function stopSaving(): Promise<void> {
  last = null;
  const c = current;
  if (!c) return;
  c.controller.abort();
  await c.conn?.cancelSent().catch(() => false);
  await c.done.catch(() => undefined);
}

/** The outcome of the last save, once it has finished (null if none was started). */
export async function savingSettled(): Promise<CacheSaveSummary | null> {
  if (current) return current.done;
  return last;
}

async function* oneChunk(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}
