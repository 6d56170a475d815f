import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { CacheUse, LoadNotice, LoadOptions, LoadProgress } from '../../../src/core/worker-api';
import type { TableName } from '../../../src/core/snapshot/tables';
import type { TableSource } from '../sources';
import type { CacheStore } from './cache-store';
import { duckdbRestorer } from './duckdb-table-io';
import { headValidators } from './head-validators';
import { cacheStore } from './store-instance';
import { holdsEntry, restoreTable, type CachedFile, type TableRestorer } from './table-cache';
import { startSaving, type PendingSave } from './cache-writer';
import { cacheable } from './validators';
import { quoteIdent } from '../sql-names';
import { minOf, pushAll } from '../../../src/core/bounded';
import { isDeferred } from '../../../src/core/snapshot/deferred-tables';

/**
 * The cache's part in one load: which files may come from the cache, which were read from the
 * network and should be saved, and what the user is told about it.
 */
export class LoadCache {
  private readonly hits = new Map<TableName, number>();
  private readonly toSave: PendingSave[] = [];
  private pinned: AsyncDuckDBConnection | null = null;

  private constructor(
    private readonly store: CacheStore,
    private readonly files: Map<TableName, CachedFile>,
    /** Tables read by URL when the dataset opened (deferred ones not counted), cacheable or not. */
    private readonly total: number,
    private readonly read: boolean,
  ) {}

  /**
   * Asks the server for the version of every file (HEAD, in parallel). Null when nothing of this
   * load can be cached: local files, a subset (it is not the file), or no OPFS in this browser.
   */
  static async open(
    tables: TableSource[],
    options: LoadOptions,
    signal: AbortSignal,
  ): Promise<LoadCache | null> {
    if (options.skipText || options.skipCommentVectors || (options.samplePosts ?? 0) > 1) return null;
    const byUrl = tables.filter((t): t is TableSource & { url: string } => 'url' in t);
    if (!byUrl.length) return null;
    const store = await cacheStore();
    if (!store) return null;
    const files = new Map<TableName, CachedFile>();
    const versions = await Promise.all(byUrl.map((t) => headValidators(t.url, signal)));
    byUrl.forEach((t, i) => {
      const v = versions[i];
      if (v && cacheable(v)) files.set(t.table, { url: t.url, table: t.table, validators: v });
    });
    const atOpen = byUrl.filter((t) => !isDeferred(t.table)).length;
    return files.size ? new LoadCache(store, files, atOpen, !options.noCache) : null;
  }

  /** Builds the table from the cache when it holds this version of its file; its row count, or null. */
  async restore(
    conn: AsyncDuckDBConnection,
    schema: string,
    table: TableName,
    notices: LoadNotice[],
    onProgress: (p: LoadProgress) => void,
    signal: AbortSignal,
  ): Promise<number | null> {
    const file = this.files.get(table);
    if (!file || !this.read) return null;
    onProgress({ phase: 'cache', table, bytesDone: 0, bytesTotal: null, rowsDone: 0, rowsTotal: null });
    const r = await restoreTable(this.store, file, duckdbRestorer(conn, schema, table), signal);
    if (r.outcome !== 'hit') return null;
    pushAll(notices, r.meta.notices);
    this.hits.set(table, r.meta.savedAt);
    return r.meta.rows;
  }

  /**
   * The bytes of a file kept as it came (the n-gram index, which is decoded apart from DuckDB),
   * when the cache holds this version of it; null otherwise.
   */
  async restoreBytes(table: TableName, signal: AbortSignal): Promise<Uint8Array | null> {
    const file = this.files.get(table);
    if (!file || !this.read) return null;
    let bytes: Uint8Array | null = null;
    const r = await restoreTable(
      this.store,
      file,
      bytesRestorer((b) => (bytes = b)),
      signal,
    );
    if (r.outcome !== 'hit' || !bytes) return null;
    this.hits.set(table, r.meta.savedAt);
    return bytes;
  }

  /** Whether {@link restore} will likely build the table from the cache (its entry matches). */
  async holds(table: TableName): Promise<boolean> {
    const file = this.files.get(table);
    return this.read && !!file && (await holdsEntry(this.store, file));
  }

  /** Whether the table came from the cache in this load. */
  hit(table: TableName): boolean {
    return this.hits.has(table);
  }

  /**
   * Saves a deferred table loaded after the dataset opened, from a snapshot taken now (before its
   * checks repair it, as {@link pin} does), queued after any save under way.
   */
  async saveLate(
    conn: AsyncDuckDBConnection,
    schema: string,
    table: TableName,
    rows: number,
    notices: LoadNotice[],
  ): Promise<void> {
    const file = this.files.get(table);
    if (!file || this.hits.has(table)) return;
    const own = await snapshotOf(conn, schema, [table]);
    if (own) startSaving(this.store, own, schema, [{ ...file, rows, notices }]);
  }

  /** Saves a deferred file kept as its bytes (the n-gram index), read after the dataset opened. */
  saveLateBytes(table: TableName, bytes: Uint8Array): void {
    const file = this.files.get(table);
    if (file && !this.hits.has(table))
      startSaving(this.store, null, '', [{ ...file, rows: 1, notices: [], bytes }]);
  }

  /** Records a table read from the network (with the notices its file gave) to be saved. */
  loaded(table: TableName, rows: number, notices: LoadNotice[]): void {
    const file = this.files.get(table);
    if (file && !this.hits.has(table)) this.toSave.push({ ...file, rows, notices });
  }

  /**
   * Freezes the tables as loaded, before the integrity checks repair them: a transaction on a
   * connection of its own sees them unchanged (DuckDB's snapshot isolation) while the load goes on,
   * so the cache holds what the files gave and a warm start runs the same checks with the same
   * notices.
   */
  async pin(conn: AsyncDuckDBConnection, schema: string): Promise<void> {
    if (!this.toSave.length) return;
    this.pinned = await snapshotOf(
      conn,
      schema,
      this.toSave.map((t) => t.table),
    );
  }

  /** Saves the pinned tables in the background; a new load stops it (see cache-writer.ts). */
  save(schema: string): void {
    if (this.pinned && this.toSave.length) startSaving(this.store, this.pinned, schema, this.toSave);
    this.pinned = null;
  }

  /** Releases the pinned snapshot of a load that failed. */
  async release(): Promise<void> {
    await this.pinned?.close().catch(() => undefined);
    this.pinned = null;
  }

  /** What the user is told: which tables came from the cache, and when the oldest was saved. */
  use(): CacheUse | null {
    if (!this.hits.size) return null;
    return {
      tables: [...this.hits.keys()],
      of: this.total,
      savedAt: minOf(this.hits.values()),
    };
  }
}

/**
 * A connection of its own in a transaction that has read the tables: DuckDB's snapshot isolation
 * keeps them as they are now while the load goes on. Null when that cannot be had (saving is a
 * convenience: without the snapshot, nothing is saved).
 */
async function snapshotOf(
  conn: AsyncDuckDBConnection,
  schema: string,
  tables: TableName[],
): Promise<AsyncDuckDBConnection | null> {
  const own = await conn.bindings.connect().catch(() => null);
  if (!own) return null;
  try {
    await own.query('BEGIN TRANSACTION');
    // A first read makes sure the snapshot is taken now, before any repair.
    for (const t of tables) await own.query(`SELECT count(*) FROM ${schema}.${quoteIdent(t)}`);
    return own;
  } catch {
    await own.close().catch(() => undefined);
    return null;
  }
}

/** A restorer that keeps a one-chunk entry's bytes: it "restores" one row, the file. */
function bytesRestorer(keep: (bytes: Uint8Array) => void): TableRestorer {
  return {
    async restore(chunks) {
      const parts: Uint8Array[] = [];
      for await (const c of chunks) parts.push(c);
      if (parts.length !== 1) throw new Error(`expected one chunk, found ${parts.length}`);
      keep(parts[0]);
      return 1;
    },
    async discard() {},
  };
}
