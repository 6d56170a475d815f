import type { LoadNotice } from '../../../src/core/worker-api';
import type { TableName } from '../../../src/core/snapshot/tables';
import { FORMAT_TAG, entryName, judge, parseMeta, type CacheMeta } from './cache-entry';
import { isQuotaError, type CacheStore } from './cache-store';
import type { Validators } from './validators';

/** Builds a table from cached chunks; the DuckDB side lives in duckdb-table-io.ts. */
export interface TableRestorer {
  /** Creates the contract table from IPC chunks, read one at a time; returns its row count. */
  restore(chunks: AsyncIterable<Uint8Array>): Promise<number>;
  /** Drops whatever a failed restore left behind. */
  discard(): Promise<void>;
}

export type RestoreOutcome = { outcome: 'hit'; meta: CacheMeta } | { outcome: 'miss' | 'stale' | 'corrupt' };

/** The file a table is read from, and its version as the server gives it now. */
export interface CachedFile {
  url: string;
  table: TableName;
  validators: Validators;
}

/**
 * Restores a table from the cache when its entry is for this URL and this version of the file.
 * Anything else (no entry, another version, an unreadable or short entry) is an outcome, never an
 * error: the caller then reads the file from the network. Stale and corrupt entries are removed.
 */
export async function restoreTable(
  store: CacheStore,
  file: CachedFile,
  restorer: TableRestorer,
  signal?: AbortSignal,
): Promise<RestoreOutcome> {
  const name = entryName(file.url);
  const text = await store.readMeta(name).catch(() => null);
  const meta = text === null ? null : parseMeta(text);
  if (text !== null && !meta) {
    await store.remove(name);
    return { outcome: 'corrupt' };
  }
  const verdict = judge(meta, file.url, file.table, file.validators);
  if (verdict === 'stale') await store.remove(name);
  if (verdict !== 'hit') return { outcome: verdict };
  try {
    const rows = await restorer.restore(chunksOf(store, name, meta!.chunks, signal));
    if (rows !== meta!.rows) throw new Error(`cache entry has ${rows} rows, its meta says ${meta!.rows}`);
    return { outcome: 'hit', meta: meta! };
  } catch (e) {
    await restorer.discard().catch(() => undefined);
    // A cancelled load says nothing about the entry: keep it.
    if (signal?.aborted) throw e;
    await store.remove(name);
    return { outcome: 'corrupt' };
  }
}

/** Whether the cache holds an entry for this version of the file (read from its meta alone). */
export async function holdsEntry(store: CacheStore, file: CachedFile): Promise<boolean> {
  const text = await store.readMeta(entryName(file.url)).catch(() => null);
  const meta = text === null ? null : parseMeta(text);
  return judge(meta, file.url, file.table, file.validators) === 'hit';
}

async function* chunksOf(
  store: CacheStore,
  name: string,
  sizes: number[],
  signal?: AbortSignal,
): AsyncIterable<Uint8Array> {
  for (let i = 0; i < sizes.length; i++) {
    if (signal?.aborted) throw new DOMException('Loading was cancelled.', 'AbortError');
    yield await store.readChunk(name, i, sizes[i]);
  }
}

export type SaveOutcome = 'saved' | 'quota' | 'failed' | 'aborted';

/**
 * Saves a loaded table under its file's URL and version. Failing to save never fails anything
 * else: the outcome says what happened, and the next visit downloads the file again.
 */
export async function saveTable(
  store: CacheStore,
  file: CachedFile & { rows: number; notices: LoadNotice[] },
  chunks: AsyncIterable<Uint8Array>,
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<SaveOutcome> {
  const meta = (sizes: number[]): string =>
    JSON.stringify({
      format: FORMAT_TAG,
      url: file.url,
      table: file.table,
      validators: file.validators,
      rows: file.rows,
      chunks: sizes,
      notices: file.notices,
      savedAt: now(),
    } satisfies CacheMeta);
  try {
    await store.write(entryName(file.url), chunks, meta, signal);
    return 'saved';
  } catch (e) {
    if (signal.aborted) return 'aborted';
    return isQuotaError(e) ? 'quota' : 'failed';
  }
}
