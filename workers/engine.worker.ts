/**
 * The engine worker: DuckDB-WASM, Parquet decoding and the diagnostics run here, off the main
 * thread. The app reaches it only through src/data/client.ts (comlink).
 */
import * as Comlink from 'comlink';
import type { EngineApi, LoadOptions, LoadProgress, LoadSource } from '../src/core/worker-api';
import { getEngine } from './engine/duckdb';
import { currentGeneration, loadDataset } from './engine/load-dataset';
import { currentGramIndex, ensureDeferred } from './engine/deferred-loads';
import { tablesFor, tablesInSql } from '../src/core/snapshot/deferred-tables';
import { withGramIndex } from './engine/gram-index-source';
import { getFrame, withTexts, withVectors } from './engine/frame-source';
import { toFrameFilter } from './engine/to-frame-filter';
import { DIAGNOSTICS, type DiagnosticId, type DiagnosticParams } from '../src/core/diagnostics';
import { NO_FILTER, type DataFilter } from '../src/core/queries/filters';
import { toRows } from './engine/to-rows';
import {
  TURNOVER_DEFAULTS,
  turnoverUsesIndex,
  type TurnoverParams,
} from '../src/core/metrics/lexical-turnover';
import { listBuffers, listColumns } from './engine/list-columns';
import { serialiseError } from './engine/serialise-error';
import { cancelReadOnly, consoleConnection, runReadOnly, streamReadOnly } from './engine/console-query';
import { followFilter } from './engine/console-views';
import { parquetSink } from './engine/export-parquet';
import { parquet } from './engine/parquet';
import { cacheApi } from './engine/cache/cache-api';

let loading: AbortController | null = null;
/** Resolves when the last load has finished, one way or the other. */
let settled: Promise<void> = Promise.resolve();

/** Diagnostics that read item texts (the lexical ones); the others never pay for decoding them. */
const NEEDS_TEXT = new Set<DiagnosticId>([
  'lexicalTurnover',
  'interactionInfluence',
  'commentSpecificity',
  'consensus',
]);

/** Which texts a lexical diagnostic reads: turnover only its chosen kinds (posts by default). */
function textKinds(id: DiagnosticId, params: unknown): ('posts' | 'comments')[] {
  if (id !== 'lexicalTurnover') return ['posts', 'comments'];
  const kinds = (params as { kinds?: unknown } | null)?.kinds;
  return Array.isArray(kinds)
    ? kinds.filter((k) => k === 'posts' || k === 'comments')
    : TURNOVER_DEFAULTS.kinds;
}

const api: EngineApi = {
  async version() {
    const { db } = await getEngine();
    return db.getVersion();
  },

  async load(source: LoadSource, onProgress: (p: LoadProgress) => void, options: LoadOptions = {}) {
    // One load at a time: a new one cancels the one under way and waits for it to let go of the
    // database, so two loads never build the same schema at once.
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    const previous = settled;
    const run = (async () => {
      await previous;
      if (controller.signal.aborted) throw new DOMException('Loading was cancelled.', 'AbortError');
      // DuckDB and parquet-wasm start (compile, instantiate) while the manifest and the files'
      // sizes are fetched: the load needs neither engine until its first table.
      const engine = getEngine().then((e) => e.conn);
      void parquet().catch(() => undefined);
      return loadDataset(engine, source, controller.signal, onProgress, options);
    })();
    settled = run.then(
      () => undefined,
      () => undefined,
    );
    try {
      return await run;
    } catch (e) {
      throw serialiseError(e);
    } finally {
      if (loading === controller) loading = null;
    }
  },

  cancelLoad() {
    loading?.abort();
  },

  async query(sql: string, maxRows = 100_000) {
    const { conn } = await getEngine();
    const started = performance.now();
    try {
      const table = await conn.query(sql);
      return { ...toRows(table, maxRows), millis: performance.now() - started };
    } catch (e) {
      throw serialiseError(e);
    }
  },

  async queryLists(sql: string) {
    const { conn } = await getEngine();
    try {
      const cols = listColumns(await conn.query(sql));
      return Comlink.transfer(cols, listBuffers(cols));
    } catch (e) {
      throw serialiseError(e);
    }
  },

  async cancelQuery() {
    const { conn } = await getEngine();
    return conn.cancelSent();
  },

  async consoleQuery(sql: string, maxRows = 100_000, filter: DataFilter = NO_FILTER) {
    const { db, conn } = await getEngine();
    const started = performance.now();
    try {
      await ensureDeferred(conn, tablesInSql(sql));
      await followFilter(await consoleConnection(db), filter, currentGeneration());
      const { table, truncated, sqlTypes } = await runReadOnly(db, sql, maxRows);
      const rows = toRows(table, maxRows);
      rows.columns.forEach((c, i) => (c.sqlType = sqlTypes?.[i]));
      return { ...rows, truncated, millis: performance.now() - started };
    } catch (e) {
      throw serialiseError(e);
    }
  },

  async cancelConsoleQuery() {
    const { db } = await getEngine();
    return cancelReadOnly(db);
  },

  async exportParquet(sql: string, filter: DataFilter = NO_FILTER) {
    const { db, conn } = await getEngine();
    // Streamed batch by batch: the whole result is never held (a Blob is passed as a handle).
    const sink = await parquetSink();
    try {
      await ensureDeferred(conn, tablesInSql(sql));
      await followFilter(await consoleConnection(db), filter, currentGeneration());
      const { schema } = await streamReadOnly(db, sql, async (b) => {
        await sink.write(b);
        return true;
      });
      return await sink.finish(schema);
    } catch (e) {
      sink.abort(e);
      throw serialiseError(e);
    }
  },

  ...cacheApi,

  async ensureTables(tables, onProgress) {
    const { conn } = await getEngine();
    try {
      return await ensureDeferred(conn, tables, onProgress);
    } catch (e) {
      throw serialiseError(e);
    }
  },

  async frameInfo() {
    const { conn } = await getEngine();
    const started = performance.now();
    const frame = await getFrame(conn, currentGeneration());
    return {
      generation: currentGeneration(),
      day0Ms: frame.day0Ms,
      days: frame.days,
      dim: frame.dim,
      agents: frame.agents,
      submolts: frame.submolts,
      posts: frame.posts.n,
      comments: frame.comments.n,
      millis: performance.now() - started,
    };
  },

  async diagnostic<K extends DiagnosticId>(id: K, params: DiagnosticParams<K>, filter: DataFilter) {
    if (!Object.hasOwn(DIAGNOSTICS, id)) throw new Error(`unknown diagnostic: ${String(id)}`);
    const { conn } = await getEngine();
    const generation = currentGeneration();
    // What the diagnostic reads of the deferred tables is loaded first (once per dataset).
    const needs = tablesFor(id);
    await ensureDeferred(conn, needs);
    let frame = await getFrame(conn, generation);
    if (needs.includes('embeddings')) frame = await withVectors(conn, frame);
    if (id === 'lexicalTurnover') {
      withGramIndex(frame, currentGramIndex(generation), textKinds(id, params));
    }
    const fromIndex = id === 'lexicalTurnover' && turnoverUsesIndex(frame, params as Partial<TurnoverParams>);
    if (NEEDS_TEXT.has(id) && !fromIndex) frame = await withTexts(conn, frame, textKinds(id, params));
    const run = DIAGNOSTICS[id] as (
      f: typeof frame,
      p: unknown,
      flt: unknown,
    ) => ReturnType<(typeof DIAGNOSTICS)[K]>;
    return run(frame, params, toFrameFilter(frame, filter));
  },
};

Comlink.expose(api);
