/**
 * The only place that talks to engine workers. Components and state classes ask it for data; a
 * client starts its worker once, caches query results per dataset generation, and turns the
 * worker's errors back into readable ones. The app's dataset lives in the primary client (the
 * module-level functions below); compare mode makes a second, independent one with
 * {@link createEngineClient}, since one engine holds one dataset.
 */
import * as Comlink from 'comlink';
import type {
  LateLoad,
  CacheInfo,
  CacheSaveSummary,
  EngineApi,
  FrameInfo,
  LoadOptions,
  LoadProgress,
  LoadResult,
  ListColumns,
  LoadSource,
  QueryResult,
} from '../core/worker-api';
import type { DiagnosticId, DiagnosticParams, DiagnosticResult } from '../core/diagnostics';
import type { DataFilter } from '../core/queries/filters';
import { parseEngineError, type EngineError } from './engine-error';
import { tablesFor, tablesInSql, type DeferredTable } from '../core/snapshot/deferred-tables';

/** A deferred table of the open dataset on its way in (see ensureTables). */
export type TableEvent =
  | { kind: 'start'; table: DeferredTable }
  | { kind: 'progress'; progress: LoadProgress }
  | { kind: 'done'; load: LateLoad }
  | { kind: 'failed'; table: DeferredTable; error: EngineError };

const CACHE_LIMIT = 200;

/** One engine worker and what is cached about the dataset it holds. */
export class EngineClient {
  #remote: Comlink.Remote<EngineApi> | null = null;
  #worker: Worker | null = null;
  #generation = 0;
  #lastLoad: LoadResult | null = null;
  #cache = new Map<string, Promise<QueryResult>>();
  #diagCache = new Map<string, Promise<unknown>>();
  #frameInfo: { generation: number; info: Promise<FrameInfo> } | null = null;
  #crashListeners = new Set<(message: string) => void>();
  #tableListeners = new Set<(e: TableEvent) => void>();
  #tables = new Map<string, Promise<void>>();
  /** Rejects when the current worker dies; see #call. */
  #died: Promise<never> = new Promise(() => {});
  readonly name: string;

  constructor(name: string) {
    this.name = name;
  }

  #engine(): Comlink.Remote<EngineApi> {
    if (!this.#remote) {
      const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
        type: 'module',
        name: this.name,
      });
      let die: (e: Error) => void = () => {};
      this.#died = new Promise<never>((_, reject) => (die = reject));
      this.#died.catch(() => {}); // only the calls that race it report it
      worker.addEventListener('error', (e) => {
        // A dead worker cannot be trusted again: forget it so the next call starts a fresh one.
        die(new Error(`The data engine stopped (${e.message || 'no reason given'}).`));
        this.#forget();
        for (const l of this.#crashListeners) l(e.message || 'the data engine stopped');
      });
      this.#worker = worker;
      this.#remote = Comlink.wrap<EngineApi>(worker);
    }
    return this.#remote;
  }

  /**
   * A call to the current worker that fails instead of hanging if that worker dies first: a view
   * waiting on it (LatestRun sends nothing new while a run is out) would otherwise wait forever.
   */
  #call<T>(call: (engine: Comlink.Remote<EngineApi>) => Promise<T>): Promise<T> {
    const engine = this.#engine();
    return Promise.race([call(engine), this.#died]);
  }

  #forget(): void {
    this.#remote = null;
    this.#worker = null;
    this.#cache.clear();
    this.#diagCache.clear();
    this.#frameInfo = null;
    this.#tables.clear();
  }

  /** Stops the worker and frees its memory; a later call starts a fresh, empty one. */
  terminate(): void {
    this.#worker?.terminate();
    this.#forget();
    this.#lastLoad = null;
  }

  /** Deferred tables of the open dataset starting, progressing and arriving. */
  onTables(listener: (e: TableEvent) => void): () => void {
    this.#tableListeners.add(listener);
    return () => this.#tableListeners.delete(listener);
  }

  /**
   * Loads the open dataset's deferred tables among `tables` (once each), telling the listeners. The
   * worker would load them by itself before a diagnostic that needs them; asking first is what lets
   * the app say what is coming and show the notices their files give.
   */
  async ensureTables(tables: readonly DeferredTable[]): Promise<void> {
    const pending = this.#lastLoad?.deferred.map((d) => d.table) ?? [];
    const generation = this.#generation;
    for (const table of tables) {
      if (!pending.includes(table)) continue;
      const key = `${generation}\u0000${table}`;
      let done = this.#tables.get(key);
      if (!done) {
        const emit = (e: TableEvent) => {
          if (this.#generation === generation) for (const l of this.#tableListeners) l(e);
        };
        emit({ kind: 'start', table });
        done = this.#engine()
          .ensureTables(
            [table],
            Comlink.proxy((progress: LoadProgress) => emit({ kind: 'progress', progress })),
          )
          .then(
            (loads) => {
              for (const load of loads) if (load.generation === generation) emit({ kind: 'done', load });
            },
            (e: unknown) => {
              this.#tables.delete(key);
              const error = parseEngineError(e);
              emit({ kind: 'failed', table, error });
              throw error;
            },
          );
        this.#tables.set(key, done);
      }
      await done;
    }
  }

  onCrash(listener: (message: string) => void): () => void {
    this.#crashListeners.add(listener);
    return () => this.#crashListeners.delete(listener);
  }

  version(): Promise<string> {
    return this.#engine().version();
  }

  async loadDataset(
    source: LoadSource,
    onProgress: (p: LoadProgress) => void,
    options: LoadOptions = {},
  ): Promise<LoadResult> {
    try {
      const result = await this.#engine().load(source, Comlink.proxy(onProgress), options);
      this.#generation = result.generation;
      this.#lastLoad = result;
      this.#cache.clear();
      this.#diagCache.clear();
      this.#tables.clear();
      return result;
    } catch (e) {
      throw parseEngineError(e);
    }
  }

  /** The result of the last successful load (its timings feed the benchmark report). */
  lastLoadResult(): LoadResult | null {
    return this.#lastLoad;
  }

  cancelLoad(): void {
    void this.#engine().cancelLoad();
  }

  /** Runs SQL; identical SQL on the same dataset is answered from the cache. */
  query(sql: string, maxRows = 100_000): Promise<QueryResult> {
    const key = `${this.#generation}\u0000${maxRows}\u0000${sql}`;
    let hit = this.#cache.get(key);
    if (!hit) {
      hit = this.#call((engine) => engine.query(sql, maxRows)).catch((e: unknown) => {
        this.#cache.delete(key);
        throw parseEngineError(e);
      });
      if (this.#cache.size >= CACHE_LIMIT) this.#cache.delete(this.#cache.keys().next().value!);
      this.#cache.set(key, hit);
    }
    return hit;
  }

  /** Runs SQL without caching (the console: the user may re-run on purpose). */
  async queryFresh(sql: string, maxRows = 100_000): Promise<QueryResult> {
    try {
      return await this.#engine().query(sql, maxRows);
    } catch (e) {
      throw parseEngineError(e);
    }
  }

  /** A one-row result of lists as typed arrays, never cached (results can be megabytes). */
  async queryLists(sql: string): Promise<ListColumns> {
    try {
      return await this.#engine().queryLists(sql);
    } catch (e) {
      throw parseEngineError(e);
    }
  }

  cancelQuery(): Promise<boolean> {
    return this.#engine().cancelQuery();
  }

  /** The SQL console: one statement, read-only, on the console's own connection; never cached. */
  async consoleQuery(sql: string, maxRows = 100_000, filter?: DataFilter): Promise<QueryResult> {
    try {
      await this.ensureTables(tablesInSql(sql));
      return await this.#engine().consoleQuery(sql, maxRows, filter);
    } catch (e) {
      throw parseEngineError(e);
    }
  }

  cancelConsoleQuery(): Promise<boolean> {
    return this.#engine().cancelConsoleQuery();
  }

  /** A console statement's whole result as a Parquet file (streamed to a Blob in the worker). */
  async exportParquet(sql: string, filter?: DataFilter): Promise<Blob> {
    try {
      await this.ensureTables(tablesInSql(sql));
      return await this.#engine().exportParquet(sql, filter);
    } catch (e) {
      throw parseEngineError(e);
    }
  }

  /** This browser's dataset cache (OPFS, shared by every engine of this origin). */
  cacheInfo(): Promise<CacheInfo> {
    return this.#engine().cacheInfo();
  }

  clearCache(): Promise<CacheInfo> {
    return this.#engine().clearCache();
  }

  /** Waits for the last load's background save to the cache. */
  cacheSettled(): Promise<CacheSaveSummary | null> {
    return this.#engine().cacheSettled();
  }

  /** Runs a diagnostic in the worker; the same id, parameters and filter are answered from the cache. */
  diagnostic<K extends DiagnosticId>(
    id: K,
    params: DiagnosticParams<K>,
    filter: DataFilter,
  ): Promise<DiagnosticResult<K>> {
    const key = `${this.#generation}\u0000${id}\u0000${JSON.stringify(params)}\u0000${JSON.stringify(filter)}`;
    let hit = this.#diagCache.get(key);
    if (!hit) {
      hit = this.ensureTables(tablesFor(id))
        .then(() =>
          this.#call((engine) => engine.diagnostic(id, params, filter) as Promise<DiagnosticResult<K>>),
        )
        .catch((e: unknown) => {
          this.#diagCache.delete(key);
          throw parseEngineError(e);
        });
      if (this.#diagCache.size >= CACHE_LIMIT) this.#diagCache.delete(this.#diagCache.keys().next().value!);
      this.#diagCache.set(key, hit);
    }
    return hit as Promise<DiagnosticResult<K>>;
  }

  /** Names behind the indices diagnostics return (agents, submolts), once per dataset. */
  frameInfo(): Promise<FrameInfo> {
    if (this.#frameInfo?.generation !== this.#generation) {
      this.#frameInfo = { generation: this.#generation, info: this.#engine().frameInfo() };
    }
    return this.#frameInfo.info;
  }
}

/** A new engine worker of its own (started on first use); `terminate()` it when done. */
export function createEngineClient(name: string): EngineClient {
  return new EngineClient(name);
}

/** The engine that holds the app's dataset. */
export const primaryEngine = createEngineClient('engine');

// The primary engine's methods as plain functions, as the rest of the app imports them.
export const onEngineCrash = (listener: (message: string) => void) => primaryEngine.onCrash(listener);
export const onTables = (listener: (e: TableEvent) => void) => primaryEngine.onTables(listener);
export const engineVersion = () => primaryEngine.version();
export const loadDataset = (
  source: LoadSource,
  onProgress: (p: LoadProgress) => void,
  options: LoadOptions = {},
) => primaryEngine.loadDataset(source, onProgress, options);
export const lastLoadResult = () => primaryEngine.lastLoadResult();
export const cancelLoad = () => primaryEngine.cancelLoad();
export const query = (sql: string, maxRows = 100_000) => primaryEngine.query(sql, maxRows);
export const queryFresh = (sql: string, maxRows = 100_000) => primaryEngine.queryFresh(sql, maxRows);
export const queryLists = (sql: string) => primaryEngine.queryLists(sql);
export const cancelQuery = () => primaryEngine.cancelQuery();
export const consoleQuery = (sql: string, maxRows = 100_000, filter?: DataFilter) =>
  primaryEngine.consoleQuery(sql, maxRows, filter);
export const cancelConsoleQuery = () => primaryEngine.cancelConsoleQuery();
export const exportParquet = (sql: string, filter?: DataFilter) => primaryEngine.exportParquet(sql, filter);
export const frameInfo = () => primaryEngine.frameInfo();
export const cacheInfo = () => primaryEngine.cacheInfo();
export const clearCache = () => primaryEngine.clearCache();
export const cacheSettled = () => primaryEngine.cacheSettled();
/** Rows as objects keyed by column name: convenient for small results. */
export async function queryObjects<T extends Record<string, unknown>>(sql: string): Promise<T[]> {
  const r = await query(sql);
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])) as T);
}
export function diagnostic<K extends DiagnosticId>(
  id: K,
  params: DiagnosticParams<K>,
  filter: DataFilter,
): Promise<DiagnosticResult<K>> {
  return primaryEngine.diagnostic(id, params, filter);
}

export type { EngineError };
