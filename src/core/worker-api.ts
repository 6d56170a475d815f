/**
 * The engine's API across the worker boundary. Only plain, structured-cloneable data crosses it;
 * errors that the user should read come back as SnapshotErrorData inside a rejected promise.
 */
import type { Manifest } from './snapshot/manifest';
import type { TableName } from './snapshot/tables';
import type { DeferredTable } from './snapshot/deferred-tables';
import type { SubsetOptions } from './snapshot/estimate';
import type { DataFilter } from './queries/filters';
import type { DiagnosticId, DiagnosticParams, DiagnosticResult } from './diagnostics';

export type LoadSource =
  /** A snapshot directory (its manifest.json) or a bare Parquet file, by URL. */
  | { kind: 'url'; url: string }
  /** Files the user picked or dropped: a manifest.json with its Parquet files, or bare Parquet files. */
  | { kind: 'files'; files: File[] };

/** How much to load. Without `force` or a subset, a dataset estimated over `budgetBytes` is refused
 * with a MemoryBudget error, so the user can choose a subset instead of crashing the tab. */
export interface LoadOptions extends SubsetOptions {
  force?: boolean;
  budgetBytes?: number;
  /** Read every file from its URL even if this browser's cache holds it (the copy is refreshed). */
  noCache?: boolean;
}

export interface LoadProgress {
  phase: 'manifest' | 'cache' | 'download' | 'decode' | 'validate' | 'index';
  table?: TableName;
  bytesDone: number;
  bytesTotal: number | null;
  rowsDone: number;
  rowsTotal: number | null;
}

export interface LoadNotice {
  table: TableName | 'manifest';
  message: string;
}

export interface LoadResult {
  /** Increments with every successful load; lets the client drop results of older datasets. */
  generation: number;
  manifest: Manifest;
  /** Rows actually loaded per table (the manifest's counts are claims, these are facts). */
  rows: Partial<Record<TableName, number>>;
  /** Repairs and ignored columns, e.g. "ignored extra columns: foo". */
  notices: LoadNotice[];
  /** Milliseconds per step (each table's download + decode + checks, the integrity checks). */
  timings: Record<string, number>;
  millis: number;
  /** Set when some tables were read from this browser's cache instead of their URLs. */
  cache?: CacheUse | null;
  /**
   * Tables of the dataset not loaded yet: they load when a view first needs them (see
   * src/core/snapshot/deferred-tables.ts), with `claimedRows` the manifest's count meanwhile.
   */
  deferred: { table: DeferredTable; claimedRows: number | null }[];
}

/** A deferred table, loaded for the view that needed it. */
export interface LateLoad {
  generation: number;
  table: DeferredTable;
  /** Rows loaded (the n-gram index: 1 when it was read, 0 when it could not be). */
  rows: number;
  /** What its file gave, as for a load. */
  notices: LoadNotice[];
  millis: number;
  fromCache: boolean;
}

/** Tables of a load that came from this browser's cache (OPFS). */
export interface CacheUse {
  tables: TableName[];
  /** How many tables the load read by URL, from the cache or not. */
  of: number;
  /** When the oldest of those cache entries was saved (epoch ms). */
  savedAt: number;
}

/** How saving the last load's tables to the cache went (it runs after the load, in the background). */
export interface CacheSaveSummary {
  saved: TableName[];
  failed: TableName[];
  /** The browser refused for lack of room. */
  quota: boolean;
}

export interface CacheInfo {
  /** False where the browser has no OPFS: every load reads the network. */
  available: boolean;
  bytes: number;
  /** Cached files (one per table file URL). */
  entries: number;
}

/** A one-row result of list columns: numeric lists as typed arrays (transferred), text as strings. */
export type ListColumns = Record<string, Int32Array | Float64Array | string[]>;

export interface QueryColumn {
  name: string;
  /** The Arrow type of the values (BIGINT and DECIMAL arrive as Float64). */
  type: string;
  /** DuckDB's own type (BIGINT, DECIMAL(18,3), …), where the engine could tell it. */
  sqlType?: string;
}

export interface QueryResult {
  columns: QueryColumn[];
  /** Row-major values: numbers, strings, booleans, null; timestamps as epoch ms numbers. */
  rows: unknown[][];
  /** True when the result had more rows than asked for (the console stops reading there). */
  truncated: boolean;
  millis: number;
}

export interface EngineApi {
  /** Starts DuckDB (once) and reports its version. */
  version(): Promise<string>;
  load(source: LoadSource, onProgress: (p: LoadProgress) => void, options?: LoadOptions): Promise<LoadResult>;
  cancelLoad(): void;
  query(sql: string, maxRows?: number): Promise<QueryResult>;
  /** Interrupts the query under way, if any. */
  cancelQuery(): Promise<boolean>;
  /**
   * The SQL console: one statement in a read-only transaction (rolled back) on its own connection.
   * `filter` is what the console's posts_filtered and comments_filtered views follow.
   */
  consoleQuery(sql: string, maxRows?: number, filter?: DataFilter): Promise<QueryResult>;
  /** Interrupts the console statement under way, if any. */
  cancelConsoleQuery(): Promise<boolean>;
  /**
   * A console statement's whole result as a Parquet file (zstd), run read-only like consoleQuery
   * and written as it streams (bounded memory, whatever the row count).
   */
  exportParquet(sql: string, filter?: DataFilter): Promise<Blob>;
  /** The size of this browser's dataset cache. */
  cacheInfo(): Promise<CacheInfo>;
  /** Empties it (after stopping a save under way). */
  clearCache(): Promise<CacheInfo>;
  /** Waits for the last load's background save; null when that load saved nothing. */
  cacheSettled(): Promise<CacheSaveSummary | null>;
  /** The first row of a result of list columns, numbers as transferred typed arrays (big edge lists). */
  queryLists(sql: string): Promise<ListColumns>;
  /**
   * Loads deferred tables of the open dataset (once each; a second call waits for the first).
   * Diagnostics load what they need by themselves: asking first lets the caller show progress and
   * pass on the notices. Results of an older generation are for a dataset no longer open.
   */
  ensureTables(tables: DeferredTable[], onProgress?: (p: LoadProgress) => void): Promise<LateLoad[]>;
  /** Facts of the analysis frame: names behind the agent and submolt indices diagnostics return. */
  frameInfo(): Promise<FrameInfo>;
  /** Runs one diagnostic of src/core/diagnostics.ts on the open dataset. */
  diagnostic<K extends DiagnosticId>(
    id: K,
    params: DiagnosticParams<K>,
    filter: DataFilter,
  ): Promise<DiagnosticResult<K>>;
}

export interface FrameInfo {
  generation: number;
  day0Ms: number;
  days: number;
  /** Vector dimensions: 0 until a diagnostic that reads vectors has loaded them. */
  dim: number;
  agents: string[];
  submolts: string[];
  posts: number;
  comments: number;
  millis: number;
}
