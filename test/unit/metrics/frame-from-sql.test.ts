/**
 * frameFromSql (the browser's frame build, joins in DuckDB) must give exactly the Frame of
 * buildFrame (the plain-TypeScript build the reference implementations use) on the same tables:
 * same row order, agent and submolt numbering, post/parent resolution, depths and vectors.
 */
import { describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { buildFrame, type RawColumns } from '../../../src/core/metrics/build-frame.ts';
import {
  attachVectors,
  frameFromSql,
  type SqlColumns,
  type SqlRunner,
} from '../../../src/core/metrics/frame-from-sql.ts';
import type { Frame } from '../../../src/core/frame.ts';
import { join as sqlJoin, raw as rawSql, sql } from '../../../src/core/sql/sql.ts';
import { randomRaw, sortedByTime } from './random-frame.ts';
import { duckdbWith } from './duckdb-fixture.ts';

async function withEmbeddings(con: DuckDBConnection, raw: RawColumns): Promise<void> {
  await con.run('CREATE TABLE embeddings (id VARCHAR, kind VARCHAR, vec TINYINT[], scale FLOAT)');
  const e = raw.embeddings;
  if (!e?.id.length) return;
  const list = (v: ArrayLike<number>) => rawSql(`[${Array.from(v, (x) => sql`${x}`.text).join(', ')}]`);
  const rows = e.id.map((id, i) => sql`(${id}, ${e.kind[i]}, ${list(e.vec[i])}, ${e.scale[i]})`);
  await con.run(sql`INSERT INTO embeddings VALUES ${sqlJoin(rows, ', ')}`.text);
}

function nodeRunner(con: DuckDBConnection, hasEmbeddings: boolean): SqlRunner {
  return {
    hasEmbeddings,
    exec: async (text) => {
      await con.run(text);
    },
    columns: async (text, lists = []) => {
      const cols = (await con.runAndReadAll(text)).getColumnsObjectJS() as Record<string, unknown[]>;
      const out: SqlColumns = {};
      for (const [name, values] of Object.entries(cols)) {
        out[name] = lists.includes(name)
          ? values.map((v) => Int8Array.from(v as number[]))
          : (values.map((v) => (typeof v === 'bigint' ? Number(v) : v)) as number[] | (string | null)[]);
      }
      return out;
    },
  };
}

/** `later`: the frame is built without vectors and they are attached afterwards, as the app does. */
async function both(raw: RawColumns, later = false): Promise<{ sqlFrame: Frame; reference: Frame }> {
  const con = await duckdbWith(raw);
  await withEmbeddings(con, raw);
  const has = Boolean(raw.embeddings?.id.length);
  const sqlFrame = await frameFromSql(nodeRunner(con, has && !later));
  if (has && later) {
    expect(sqlFrame.posts.vectors).toBeNull();
    await attachVectors(nodeRunner(con, true), sqlFrame);
  }
  const tables = (
    await con.runAndReadAll(`SELECT count(*) AS n FROM duckdb_tables() WHERE temporary`)
  ).getColumnsObjectJS() as { n: bigint[] };
  expect(Number(tables.n[0])).toBe(0); // the staging tables are dropped
  con.closeSync();
  return { sqlFrame, reference: buildFrame(sortedByTime(raw)) };
}

function expectSameFrame(a: Frame, b: Frame): void {
  expect(a.day0Ms).toBe(b.day0Ms);
  expect(a.days).toBe(b.days);
  expect(a.agents).toEqual(b.agents);
  expect(a.submolts).toEqual(b.submolts);
  expect(a.dim).toBe(b.dim);
  for (const kind of ['posts', 'comments'] as const) {
    const x = a[kind];
    const y = b[kind];
    expect(x.n).toBe(y.n);
    expect(x.ids).toEqual(y.ids);
    for (const col of ['author', 'day', 'timeMs', 'submolt', 'score', 'upvotes'] as const) {
      expect(Array.from(x[col]), `${kind}.${col}`).toEqual(Array.from(y[col]));
    }
    expect(Boolean(x.vectors)).toBe(Boolean(y.vectors));
    if (x.vectors && y.vectors) {
      expect(Array.from(x.hasVector!)).toEqual(Array.from(y.hasVector!));
      for (let i = 0; i < x.vectors.length; i++) expect(x.vectors[i]).toBeCloseTo(y.vectors[i], 6);
    }
  }
  for (const col of ['post', 'parent', 'depth'] as const) {
    expect(Array.from(a.comments[col]), `comments.${col}`).toEqual(Array.from(b.comments[col]));
  }
}

describe('frameFromSql builds the same Frame as buildFrame', () => {
  it('on seeded random societies', async () => {
    for (const seed of [3, 17, 29]) {
      const { sqlFrame, reference } = await both(
        randomRaw({ seed, posts: 60, comments: 160, replyShare: 0.5 }),
      );
      expect(sqlFrame.posts.n).toBe(60);
      expectSameFrame(sqlFrame, reference);
    }
  });

  it('with the vectors attached after the frame was built', async () => {
    for (const seed of [3, 17]) {
      const { sqlFrame, reference } = await both(
        randomRaw({ seed, posts: 60, comments: 160, replyShare: 0.5 }),
        true,
      );
      expect(sqlFrame.posts.vectors).not.toBeNull();
      expectSameFrame(sqlFrame, reference);
    }
  });

  it('on hostile rows: missing and empty names, orphans, ties, dangling parents, stray vectors', async () => {
    const t = Date.UTC(2026, 1, 1, 12);
    const raw: RawColumns = {
      posts: {
        id: ['p-b', 'p-a', "p'; DROP TABLE posts; --", 'p-ü', 'p-late'],
        createdMs: [t, t, t + 1000, t - 86_400_000 * 2, t + 86_400_000 * 3],
        authorId: ['id-1', null, 'id-3', 'id-4', ''],
        authorName: [null, 'Ágent "x"', '', null, null],
        submoltName: ['general', '', null, 'δ-sub', 'general'],
        upvotes: [3, null, 1, 0, 7],
        downvotes: [null, 2, 0, 1, 0],
        title: ['a', 'b', 'c', 'd', 'e'],
        content: ['x', null, 'y', 'z', 'w'],
      },
      comments: {
        id: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'],
        postId: ['p-a', 'p-a', 'missing-post', 'p-b', 'p-b', 'p-ü'],
        parentId: [null, 'c1', '', 'c9-absent', 'c4', 'c6'],
        createdMs: [t + 10, t + 10, t + 20, t + 30, t + 40, t + 50],
        authorId: ['id-1', 'id-7', null, 'id-3', 'id-1', 'id-8'],
        authorName: [null, null, null, 'Ágent "x"', null, ''],
        upvotes: [1, 2, 3, 4, 5, null],
        downvotes: [0, 0, 1, null, 0, 0],
        depth: [null, null, 2, null, null, null],
        content: ['', '', '', '', '', ''],
      },
      embeddings: {
        id: ['p-a', 'c2', 'nobody', 'p-b', 'c5'],
        kind: ['post', 'comment', 'post', 'other', 'comment'],
        vec: [
          Int8Array.of(1, 2, 3),
          Int8Array.of(0, 0, 0),
          Int8Array.of(5, 5, 5),
          Int8Array.of(1, 1, 1),
          Int8Array.of(-3, 4, 0),
        ],
        scale: [0.01, 0.01, 0.01, 0.01, 0.02],
      },
    };
    const { sqlFrame, reference } = await both(raw);
    expectSameFrame(sqlFrame, reference);
    expectSameFrame((await both(raw, true)).sqlFrame, reference);
    // Spot checks of the conventions themselves, not only agreement.
    expect(sqlFrame.posts.ids.slice(0, 3)).toEqual(['p-ü', 'p-a', 'p-b']);
    expect(sqlFrame.comments.post[sqlFrame.comments.ids.indexOf('c3')]).toBe(-1);
    expect(sqlFrame.comments.parent[sqlFrame.comments.ids.indexOf('c4')]).toBe(-1);
    expect(sqlFrame.comments.hasVector?.[sqlFrame.comments.ids.indexOf('c2')]).toBe(0);
  });
});
