/**
 * Builds an analysis Frame in Node from a snapshot directory (manifest.json, posts.parquet,
 * comments.parquet, optional embeddings.parquet) with native DuckDB, rows in the browser's order
 * (created_at, id) so seeded nulls agree. The table-to-Frame step is core/metrics/build-frame.ts,
 * which frame-from-sql.ts (the browser's build) matches exactly (a unit test checks it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Frame } from '../../src/core/frame.ts';
import { buildFrame, type BuildOptions, type RawColumns } from '../../src/core/metrics/build-frame.ts';
import { literal, quoteString } from '../../src/core/sql/sql.ts';
import {
  defaultTimeWindow,
  parseTimeWindow,
  windowBoundsMs,
  type TimeWindow,
} from '../../src/core/snapshot/time-window.ts';

export interface LoadOptions extends BuildOptions {
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

async function columns(con: DuckDBConnection, text: string): Promise<Record<string, unknown[]>> {
  const reader = await con.runAndReadAll(text);
  return reader.getColumnsObjectJS() as Record<string, unknown[]>;
}

async function hasColumn(con: DuckDBConnection, file: string, name: string): Promise<boolean> {
  const c = await columns(con, `SELECT name FROM parquet_schema(${quoteString(file)})`);
  return c.name.includes(name);
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

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
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  try {
    const pf = join(dir, 'posts.parquet');
    const cf = join(dir, 'comments.parquet');
    const opt = async (file: string, name: string, fallback = 'NULL') =>
      (await hasColumn(con, file, name)) ? `"${name}"` : fallback;
    const text = opts.texts !== false;
    const p = await columns(
      con,
      `SELECT id, epoch_ms(created_at) AS ms, ${await opt(pf, 'author_id')} AS author_id, ${await opt(pf, 'author_name')} AS author_name,
        ${await opt(pf, 'submolt_name')} AS submolt_name, ${await opt(pf, 'upvotes')} AS upvotes, ${await opt(pf, 'downvotes')} AS downvotes
        ${text ? `, ${await opt(pf, 'title')} AS title, ${await opt(pf, 'content')} AS content` : ''}
       FROM read_parquet(${quoteString(pf)}) WHERE ${inWindow} ORDER BY created_at, id`,
    );
    const c = await columns(
      con,
      `SELECT id, post_id, ${await opt(cf, 'parent_id')} AS parent_id, epoch_ms(created_at) AS ms, ${await opt(cf, 'author_id')} AS author_id,
        ${await opt(cf, 'author_name')} AS author_name, ${await opt(cf, 'upvotes')} AS upvotes, ${await opt(cf, 'downvotes')} AS downvotes,
        ${await opt(cf, 'depth')} AS depth ${text ? `, ${await opt(cf, 'content')} AS content` : ''}
       FROM read_parquet(${quoteString(cf)}) WHERE ${inWindow} ORDER BY created_at, id`,
    );
    const raw: RawColumns = {
      posts: {
        id: p.id.map(String),
        createdMs: p.ms.map(Number),
        authorId: p.author_id.map(str),
        authorName: p.author_name.map(str),
        submoltName: p.submolt_name.map(str),
        upvotes: p.upvotes.map(num),
        downvotes: p.downvotes.map(num),
        title: p.title?.map(str),
        content: p.content?.map(str),
      },
      comments: {
        id: c.id.map(String),
        postId: c.post_id.map(String),
        parentId: c.parent_id.map(str),
        createdMs: c.ms.map(Number),
        authorId: c.author_id.map(str),
        authorName: c.author_name.map(str),
        upvotes: c.upvotes.map(num),
        downvotes: c.downvotes.map(num),
        depth: c.depth.map(num),
        content: c.content?.map(str),
      },
    };
    const ef = join(dir, 'embeddings.parquet');
    if (opts.vectors !== false && existsSync(ef)) {
      const e = await columns(con, `SELECT id, kind, vec, scale FROM read_parquet(${quoteString(ef)})`);
      raw.embeddings = {
        id: e.id.map(String),
        kind: e.kind.map(String),
        vec: e.vec.map((v) => Int8Array.from(v as number[])),
        scale: e.scale.map(Number),
      };
    }
    const total = async (file: string) =>
      Number((await columns(con, `SELECT count(*) AS n FROM read_parquet(${quoteString(file)})`)).n[0]);
    return {
      frame: buildFrame(raw, { texts: text, dropDuplicateTextsOver: opts.dropDuplicateTextsOver }),
      manifest,
      timeWindow,
      setAside: { posts: (await total(pf)) - p.id.length, comments: (await total(cf)) - c.id.length },
    };
  } finally {
    con.closeSync();
    inst.closeSync();
  }
}
