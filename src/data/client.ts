/**
 * The only place that talks to the engine worker. Components and state classes ask it for data;
 * it starts the worker once, caches query results per dataset generation, and turns the worker's
 * errors back into readable ones.
 */
import * as Comlink from 'comlink';
import type {
  EngineApi,
  FrameInfo,
  LoadOptions,
  LoadProgress,
  LoadResult,
  LoadSource,
  QueryResult,
} from '../core/worker-api';
import type { DiagnosticId, DiagnosticParams, DiagnosticResult } from '../core/diagnostics';
import type { DataFilter } from '../core/queries/filters';
import { parseEngineError, type EngineError } from './engine-error';

let remote: Comlink.Remote<EngineApi> | null = null;
let worker: Worker | null = null;
let generation = 0;
const cache = new Map<string, Promise<QueryResult>>();
const CACHE_LIMIT = 200;
const crashListeners = new Set<(message: string) => void>();

function engine(): Comlink.Remote<EngineApi> {
  if (!remote) {
    worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'engine',
    });
    worker.addEventListener('error', (e) => {
      // A dead worker cannot be trusted again: forget it so the next call starts a fresh one.
      remote = null;
      worker = null;
      cache.clear();
      for (const l of crashListeners) l(e.message || 'the data engine stopped');
    });
    remote = Comlink.wrap<EngineApi>(worker);
  }
  return remote;
}

export function onEngineCrash(listener: (message: string) => void): () => void {
  crashListeners.add(listener);
  return () => crashListeners.delete(listener);
}

export async function engineVersion(): Promise<string> {
  return engine().version();
}

export async function loadDataset(
  source: LoadSource,
  onProgress: (p: LoadProgress) => void,
  options: LoadOptions = {},
): Promise<LoadResult> {
  try {
    const result = await engine().load(source, Comlink.proxy(onProgress), options);
    generation = result.generation;
    lastLoad = result;
    cache.clear();
    diagCache.clear();
    return result;
  } catch (e) {
    throw parseEngineError(e);
  }
}

let lastLoad: LoadResult | null = null;

/** The result of the last successful load (its timings feed the benchmark report). */
export function lastLoadResult(): LoadResult | null {
  return lastLoad;
}

export function cancelLoad(): void {
  void engine().cancelLoad();
}

/** Runs SQL; identical SQL on the same dataset is answered from the cache. */
export function query(sql: string, maxRows = 100_000): Promise<QueryResult> {
  const key = `${generation}\u0000${maxRows}\u0000${sql}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = engine()
      .query(sql, maxRows)
      .catch((e: unknown) => {
        cache.delete(key);
        throw parseEngineError(e);
      });
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}

/** Runs SQL without caching (the console: the user may re-run on purpose). */
export async function queryFresh(sql: string, maxRows = 100_000): Promise<QueryResult> {
  try {
    return await engine().query(sql, maxRows);
  } catch (e) {
    throw parseEngineError(e);
  }
}

export async function cancelQuery(): Promise<boolean> {
  return engine().cancelQuery();
}

/** The SQL console: one statement, read-only, on the console's own connection; never cached. */
export async function consoleQuery(sql: string, maxRows = 100_000): Promise<QueryResult> {
  try {
    return await engine().consoleQuery(sql, maxRows);
  } catch (e) {
    throw parseEngineError(e);
  }
}

export async function cancelConsoleQuery(): Promise<boolean> {
  return engine().cancelConsoleQuery();
}

/** A console statement's result as Parquet bytes (built in the worker). */
export async function exportParquet(sql: string): Promise<Uint8Array> {
  try {
    return await engine().exportParquet(sql);
  } catch (e) {
    throw parseEngineError(e);
  }
}

/** Rows as objects keyed by column name: convenient for small results. */
export async function queryObjects<T extends Record<string, unknown>>(sql: string): Promise<T[]> {
  const r = await query(sql);
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])) as T);
}

const diagCache = new Map<string, Promise<unknown>>();

/** Runs a diagnostic in the worker; the same id, parameters and filter are answered from the cache. */
export function diagnostic<K extends DiagnosticId>(
  id: K,
  params: DiagnosticParams<K>,
  filter: DataFilter,
): Promise<DiagnosticResult<K>> {
  const key = `${generation}\u0000${id}\u0000${JSON.stringify(params)}\u0000${JSON.stringify(filter)}`;
  let hit = diagCache.get(key);
  if (!hit) {
    hit = (engine().diagnostic(id, params, filter) as Promise<DiagnosticResult<K>>).catch((e: unknown) => {
      diagCache.delete(key);
      throw parseEngineError(e);
    });
    if (diagCache.size >= CACHE_LIMIT) diagCache.delete(diagCache.keys().next().value!);
    diagCache.set(key, hit);
  }
  return hit as Promise<DiagnosticResult<K>>;
}

let frameInfoCache: { generation: number; info: Promise<FrameInfo> } | null = null;

/** Names behind the indices diagnostics return (agents, submolts), once per dataset. */
export function frameInfo(): Promise<FrameInfo> {
  if (frameInfoCache?.generation !== generation) {
    frameInfoCache = { generation, info: engine().frameInfo() };
  }
  return frameInfoCache.info;
}

export type { EngineError };
