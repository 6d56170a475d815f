/**
 * Builds an analysis Frame in Node from a snapshot directory (manifest.json, posts.parquet,
 * comments.parquet, optional embeddings.parquet) with native DuckDB: the browser's build
 * (core/metrics/frame-from-sql.ts, which a unit test holds to buildFrame's Frame), over views that
 * apply the time window, with results streamed a chunk at a time (duckdb-runner.ts). At paper scale
 * (290k posts, 1.84M comments) reading whole results into JS values first took over 7 GB.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Frame, ItemColumns } from '../../src/core/frame.ts';
import { frameFromSql } from '../../src/core/metrics/frame-from-sql.ts';
import { literal, quoteString } from '../../src/core/sql/sql.ts';
import {
  defaultTimeWindow,
  parseTimeWindow,
  windowBoundsMs,
  type TimeWindow,
} from '../../src/core/snapshot/time-window.ts';
import { duckdbRunner, forEachChunk, readColumns } from './duckdb-runner.ts';

export interface LoadOptions {
  /** Keep texts in the frame (needed by lexical diagnostics). Default true. */
  texts?: boolean;
  /** Load vectors (posts and comments) when embeddings.parquet exists. Default true. */
  vectors?: boolean;
}

export interface LoadedSnapshot {
  frame: Frame;
  manifest: Record<string, unknown>;
  /** The platform window applied (the manifest's timeWindow, else the default). */
  timeWindow: TimeWindow;
  /** Items left out for a created_at outside the window or missing, as the app sets them aside. */
  setAside: { posts: number; comments: number };
}

// The engine's own memory: the frame lives in JavaScript, DuckDB only stages and sorts (spilling
// to disk beyond this) — its default of 80% of RAM let one report take gigabytes more.
const DUCKDB_MEMORY_LIMIT = '1GB';

async function hasColumn(con: DuckDBConnection, file: string, name: string): Promise<boolean> {
  const c = await readColumns(con, `SELECT name FROM parquet_schema(${quoteString(file)})`);
  return Array.from(c.name as ArrayLike<string>).includes(name);
}

async function count(con: DuckDBConnection, from: string): Promise<number> {
  return Number((await readColumns(con, `SELECT count(*) AS n FROM ${from}`)).n[0]);
}

/**
 * Fills items.texts in frame order from a query of (id, text) ordered as the frame (created_at,
 * id); rows are matched by id, so an order difference can never pair the wrong text.
 */
async function attachTexts(con: DuckDBConnection, items: ItemColumns, sql: string): Promise<void> {
  const texts = new Array<string>(items.n).fill('');
  let byId: Map<string, number> | null = null;
  let r = 0;
  await forEachChunk(con, sql, [], (batch) => {
    const ids = batch.id as ArrayLike<string>;
    const text = batch.text as ArrayLike<string | null>;
    for (let i = 0; i < ids.length; i++, r++) {
      let k = r;
      if (byId || items.ids[r] !== ids[i]) {
        byId ??= new Map(items.ids.map((id, j) => [id, j]));
        k = byId.get(ids[i]) ?? -1;
      }
      if (k >= 0) texts[k] = text[i] ?? '';
    }
  });
  items.texts = texts;
}

/** Loads a snapshot directory into a Frame. */
export async function loadFrame(dir: string, opts: LoadOptions = {}): Promise<LoadedSnapshot> {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>)
    : {};
  // As the app does at load: items dated outside the window never reach a grid.
  const timeWindow =
    manifest.timeWindow === undefined || manifest.timeWindow === null
      ? defaultTimeWindow(Date.now())
      : parseTimeWindow(manifest.timeWindow);
  const { startMs, endMs } = windowBoundsMs(timeWindow);
  const inWindow = `created_at >= ${literal(new Date(startMs))} AND created_at < ${literal(new Date(endMs))}`;
  const spill = mkdtempSync(join(tmpdir(), 'moltscope-duckdb-'));
  const inst = await DuckDBInstance.create(':memory:', {
    memory_limit: DUCKDB_MEMORY_LIMIT,
    temp_directory: spill,
  });
  const con = await inst.connect();
  try {
    const pf = join(dir, 'posts.parquet');
    const cf = join(dir, 'comments.parquet');
    const ef = join(dir, 'embeddings.parquet');
    // A missing column reads as a typed NULL (an untyped one would make akey <> '' an INTEGER cast).
    const opt = async (file: string, name: string, type = 'VARCHAR') =>
      (await hasColumn(con, file, name)) ? `"${name}"` : `NULL::${type}`;
    const text = opts.texts !== false;
    // The names and columns frameFromSql reads, whatever optional columns the snapshot lacks.
    await con.run(
      `CREATE TEMP VIEW posts AS SELECT id::VARCHAR AS id, created_at,
        ${await opt(pf, 'author_id')} AS author_id, ${await opt(pf, 'author_name')} AS author_name,
        ${await opt(pf, 'submolt_name')} AS submolt_name, ${await opt(pf, 'upvotes', 'INTEGER')} AS upvotes,
        ${await opt(pf, 'downvotes', 'INTEGER')} AS downvotes, ${await opt(pf, 'title')} AS title,
        ${await opt(pf, 'content')} AS content
       FROM read_parquet(${quoteString(pf)}) WHERE ${inWindow}`,
    );
    await con.run(
      `CREATE TEMP VIEW comments AS SELECT id::VARCHAR AS id, post_id::VARCHAR AS post_id,
        ${await opt(cf, 'parent_id')}::VARCHAR AS parent_id, created_at,
        ${await opt(cf, 'author_id')} AS author_id, ${await opt(cf, 'author_name')} AS author_name,
        ${await opt(cf, 'upvotes', 'INTEGER')} AS upvotes, ${await opt(cf, 'downvotes', 'INTEGER')} AS downvotes,
        ${await opt(cf, 'depth', 'INTEGER')} AS depth, ${await opt(cf, 'content')} AS content
       FROM read_parquet(${quoteString(cf)}) WHERE ${inWindow}`,
    );
    const vectors = opts.vectors !== false && existsSync(ef);
    if (vectors)
      await con.run(
        `CREATE TEMP VIEW embeddings AS SELECT id::VARCHAR AS id, kind, vec, scale FROM read_parquet(${quoteString(ef)})`,
      );
    const frame = await frameFromSql(duckdbRunner(con, vectors && (await count(con, 'embeddings')) > 0));
    if (text) {
      await attachTexts(
        con,
        frame.posts,
        `SELECT id, concat(coalesce(title, ''), '\n\n', coalesce(content, '')) AS text FROM posts ORDER BY created_at, id`,
      );
      await attachTexts(
        con,
        frame.comments,
        `SELECT id, coalesce(content, '') AS text FROM comments ORDER BY created_at, id`,
      );
    }
    const total = (file: string) => count(con, `read_parquet(${quoteString(file)})`);
    return {
      frame,
      manifest,
      timeWindow,
      setAside: { posts: (await total(pf)) - frame.posts.n, comments: (await total(cf)) - frame.comments.n },
    };
  } finally {
    con.closeSync();
    inst.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}
