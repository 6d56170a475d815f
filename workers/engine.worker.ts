/**
 * The engine worker: DuckDB-WASM, Parquet decoding and the diagnostics run here, off the main
 * thread. The app reaches it only through src/data/client.ts (comlink).
 */
import * as Comlink from 'comlink';
import type { EngineApi, LoadProgress, LoadSource } from '../src/core/worker-api';
import { getEngine } from './engine/duckdb';
import { loadDataset } from './engine/load-dataset';
import { toRows } from './engine/to-rows';
import { serialiseError } from './engine/serialise-error';

let loading: AbortController | null = null;

const api: EngineApi = {
  async version() {
    const { db } = await getEngine();
    return db.getVersion();
  },

  async load(source: LoadSource, onProgress: (p: LoadProgress) => void) {
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    try {
      const { conn } = await getEngine();
      return await loadDataset(conn, source, controller.signal, onProgress);
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

  async cancelQuery() {
    const { conn } = await getEngine();
    return conn.cancelSent();
  },
};

Comlink.expose(api);
