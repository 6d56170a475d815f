/**
 * The report's frame (loadFrame: SQL build, results streamed a chunk at a time) is exactly the
 * frame of buildFrame over the same rows read whole, the way the report loaded snapshots before
 * (issue #15): on the committed snapshots, every column, text and vector component is equal, so
 * every diagnostic, a pure function of the frame, reports the same numbers.
 */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { loadFrame } from '../../../datasets/lib/load-frame.ts';
import { buildFrame, type RawColumns } from '../../../src/core/metrics/build-frame.ts';
import type { Frame } from '../../../src/core/frame.ts';
import { literal, quoteString } from '../../../src/core/sql/sql.ts';
import { windowBoundsMs, type TimeWindow } from '../../../src/core/snapshot/time-window.ts';

const DATA = join(__dirname, '../../../public/data');

/** The whole-result reading loadFrame replaced: every column as JS values, then buildFrame. */
async function referenceFrame(dir: string, window: TimeWindow): Promise<Frame> {
  const { startMs, endMs } = windowBoundsMs(window);
  const where = `created_at >= ${literal(new Date(startMs))} AND created_at < ${literal(new Date(endMs))}`;
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const read = async (file: string, cols: string, order = 'ORDER BY created_at, id') =>
    (
      await con.runAndReadAll(
        `SELECT ${cols} FROM read_parquet(${quoteString(join(dir, file))}) ${order ? `WHERE ${where} ${order}` : ''}`,
      )
    ).getColumnsObjectJS() as Record<string, unknown[]>;
  const num = (v: unknown) => (v === null ? null : Number(v));
  const str = (v: unknown) => (v === null ? null : String(v));
  const p = await read(
    'posts.parquet',
    'id, epoch_ms(created_at) AS ms, author_id, author_name, submolt_name, upvotes, downvotes, title, content',
  );
  const c = await read(
    'comments.parquet',
    'id, post_id, parent_id, epoch_ms(created_at) AS ms, author_id, author_name, upvotes, downvotes, depth, content',
  );
  const e = await read('embeddings.parquet', 'id, kind, vec, scale', '');
  con.closeSync();
  inst.closeSync();
  const raw: RawColumns = {
    posts: {
      id: p.id.map(String),
      createdMs: p.ms.map(Number),
      authorId: p.author_id.map(str),
      authorName: p.author_name.map(str),
      submoltName: p.submolt_name.map(str),
      upvotes: p.upvotes.map(num),
      downvotes: p.downvotes.map(num),
      title: p.title.map(str),
      content: p.content.map(str),
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
      content: c.content.map(str),
    },
    embeddings: {
      id: e.id.map(String),
      kind: e.kind.map(String),
      vec: e.vec.map((v) => Int8Array.from(v as number[])),
      scale: e.scale.map(Number),
    },
  };
  return buildFrame(raw, { texts: true });
}

/** First index where two arrays differ, or -1 (one message instead of millions of expects). */
function firstDifference(a: ArrayLike<unknown>, b: ArrayLike<unknown>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('loadFrame gives the frame the report used to build, on the committed snapshots', () => {
  for (const name of ['real-sample', 'synthetic-socializing-small']) {
    it(
      name,
      async () => {
        const { frame, timeWindow } = await loadFrame(join(DATA, name));
        const ref = await referenceFrame(join(DATA, name), timeWindow);
        expect(frame.posts.n).toBeGreaterThan(100);
        expect([frame.day0Ms, frame.days, frame.dim]).toEqual([ref.day0Ms, ref.days, ref.dim]);
        expect(frame.dim).toBeGreaterThan(0);
        expect(firstDifference(frame.agents, ref.agents)).toBe(-1);
        expect(firstDifference(frame.submolts, ref.submolts)).toBe(-1);
        for (const kind of ['posts', 'comments'] as const) {
          const x = frame[kind];
          const y = ref[kind];
          expect(x.n, kind).toBe(y.n);
          for (const col of ['ids', 'author', 'day', 'timeMs', 'submolt', 'score', 'upvotes'] as const)
            expect(firstDifference(x[col], y[col]), `${kind}.${col}`).toBe(-1);
          expect(firstDifference(x.texts!, y.texts!), `${kind}.texts`).toBe(-1);
          expect(firstDifference(x.vectors!, y.vectors!), `${kind}.vectors`).toBe(-1);
          expect(firstDifference(x.hasVector!, y.hasVector!), `${kind}.hasVector`).toBe(-1);
        }
        for (const col of ['post', 'parent', 'depth'] as const)
          expect(firstDifference(frame.comments[col], ref.comments[col]), `comments.${col}`).toBe(-1);
      },
      120_000,
    );
  }
});
