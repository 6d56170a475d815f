/**
 * Items dated outside the platform window leave posts/comments for posts_set_aside /
 * comments_set_aside, counted in a notice that says where to find them; in-window comments on a
 * set-aside post stay (as orphans). Runs the worker's SQL on native DuckDB.
 */
import { describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { loadedDateRange, setAsideOutOfWindow } from '../../../workers/engine/set-aside';
import { runChecks } from '../../../workers/engine/checks';

/** The one method set-aside and the checks use, answered by native DuckDB. */
function asWasm(con: DuckDBConnection): AsyncDuckDBConnection {
  return {
    query: async (text: string) => {
      const rows = (await (await con.runAndReadAll(text)).getRowObjectsJS()) as Record<string, unknown>[];
      return { toArray: () => rows.map((r) => ({ toJSON: () => r })) };
    },
  } as unknown as AsyncDuckDBConnection;
}

async function dataset(): Promise<DuckDBConnection> {
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  await con.run('CREATE SCHEMA ds');
  await con.run(`CREATE TABLE ds.posts AS SELECT *, 'title' AS title, 'text' AS content, 1 AS upvotes, 0 AS downvotes FROM (VALUES
      ('ok1', TIMESTAMP '2026-01-28 10:00:00'),
      ('ok2', TIMESTAMP '2026-02-03 23:59:59'),
      ('first', TIMESTAMP '2026-01-01 00:00:00'),
      ('epoch0', TIMESTAMP '1970-01-01 00:00:00'),
      ('neg', TIMESTAMP '1938-04-24 22:13:20'),
      ('far', TIMESTAMP '9999-12-31 23:59:59'),
      ('after', TIMESTAMP '2026-03-02 00:00:00'),
      ('nodate', NULL)
    ) t(id, created_at)`);
  await con.run(`CREATE TABLE ds.comments AS SELECT *, 'text' AS content, 1 AS upvotes, 0 AS downvotes FROM (VALUES
      ('c1', 'ok1', NULL, TIMESTAMP '2026-01-28 11:00:00'),
      ('c2', 'far', NULL, TIMESTAMP '2026-01-29 11:00:00'),
      ('c3', 'far', 'c2', TIMESTAMP '2026-01-29 12:00:00'),
      ('c4', 'ok1', NULL, TIMESTAMP '1970-01-01 00:00:01')
    ) t(id, post_id, parent_id, created_at)`);
  return con;
}

const window = { from: '2026-01-01', to: '2026-03-01' };

describe('setAsideOutOfWindow', () => {
  it('moves out-of-window rows to the set-aside tables and says how many and where', async () => {
    const con = await dataset();
    const rows = { posts: 8, comments: 4 };
    const notices = await setAsideOutOfWindow(asWasm(con), 'ds', rows, window);
    const ids = async (t: string) =>
      (
        (await (await con.runAndReadAll(`SELECT id FROM ds.${t} ORDER BY id`)).getRowObjectsJS()) as {
          id: string;
        }[]
      ).map((r) => r.id);
    expect(await ids('posts')).toEqual(['first', 'nodate', 'ok1', 'ok2']);
    expect(await ids('posts_set_aside')).toEqual(['after', 'epoch0', 'far', 'neg']);
    expect(await ids('comments')).toEqual(['c1', 'c2', 'c3']);
    expect(await ids('comments_set_aside')).toEqual(['c4']);
    expect(rows).toEqual({ posts: 4, comments: 3 });
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toBe(
      "4 posts and 1 comment dated outside 2026-01-01 – 2026-03-01 (the platform's time window) were set aside, " +
        'so no chart bins them; see them in Explore → SQL as posts_set_aside / comments_set_aside. ' +
        '2 comments inside the window reply to a set-aside post; they are kept, like comments on posts not in the dataset.',
    );
    // What is left spans 2026-01-01 to 2026-02-03: the range captions show from now on.
    expect(await loadedDateRange(asWasm(con), 'ds')).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-02-03T23:59:59.000Z',
    });
    // The checks then drop the undated post and count the comments of set-aside posts as orphans.
    const checks = await runChecks(asWasm(con), 'ds', rows);
    expect(checks.map((n) => n.message).join('\n')).toMatch(/1 posts had an unparsable created_at/);
    expect(checks.map((n) => n.message).join('\n')).toMatch(/2 comments belong to posts not in the dataset/);
  });

  it('creates empty set-aside tables and says nothing when every date is inside', async () => {
    const con = await dataset();
    const rows = { posts: 8, comments: 4 };
    const notices = await setAsideOutOfWindow(asWasm(con), 'ds', rows, {
      from: '1900-01-01',
      to: '1901-12-31',
    });
    expect(notices[0].message).toMatch(/^7 posts and 4 comments dated outside 1900-01-01 – 1901-12-31/);
    const con2 = await dataset();
    const rows2 = { posts: 8, comments: 4 };
    const all = await setAsideOutOfWindow(asWasm(con2), 'ds', rows2, {
      from: '1938-01-01',
      to: '1939-12-31',
    });
    expect(all[0].message).toMatch(/^6 posts and 4 comments/);
    const con3 = await dataset();
    await con3.run(`DELETE FROM ds.posts WHERE id NOT LIKE 'ok%'`);
    await con3.run(`DELETE FROM ds.comments WHERE id = 'c4'`);
    const rows3 = { posts: 2, comments: 3 };
    expect(await setAsideOutOfWindow(asWasm(con3), 'ds', rows3, window)).toEqual([]);
    expect(rows3).toEqual({ posts: 2, comments: 3 });
    const n = (
      await (await con3.runAndReadAll('SELECT count(*)::INT AS n FROM ds.posts_set_aside')).getRowObjectsJS()
    )[0];
    expect(n).toEqual({ n: 0 });
  });
});
