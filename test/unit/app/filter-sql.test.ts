import { describe, expect, it, beforeAll } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { totalsSql, topSubmoltsSql, timelineSql } from '../../../src/core/queries/overview';
import type { DataFilter } from '../../../src/core/queries/filters';

const TINY = join(import.meta.dirname, '../../fixtures/tiny');
let db: DuckDBConnection;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

beforeAll(async () => {
  db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`CREATE VIEW posts AS SELECT * FROM read_parquet('${TINY}/posts.parquet')`);
  await db.run(`CREATE VIEW comments AS SELECT * FROM read_parquet('${TINY}/comments.parquet')`);
});

describe('overview SQL on the tiny fixture (counted by hand)', () => {
  it('totals without a filter', async () => {
    const [t] = await rows(totalsSql({ range: null, submolts: [] }));
    expect(t).toMatchObject({
      posts: 6,
      comments: 9,
      post_authors: 3,
      comment_authors: 3,
      active_agents: 3,
      submolts: 2,
    });
  });

  it('totals for one day and one submolt', async () => {
    // 2026-01-29: posts p3 (crypto) and p4 (general); comments c6 (on p3), c7 and c8 (on p4).
    const f: DataFilter = { range: [Date.UTC(2026, 0, 29), Date.UTC(2026, 0, 30)], submolts: ['general'] };
    const [t] = await rows(totalsSql(f));
    expect(t).toMatchObject({ posts: 1, comments: 2 });
    // p4 by a1; c7 by a2, c8 by a3: one posting, two commenting, three who did either.
    expect(t).toMatchObject({ post_authors: 1, comment_authors: 2, active_agents: 3 });
  });

  it('treats hostile submolt names as data', async () => {
    const f: DataFilter = { range: null, submolts: ["x'); DROP TABLE posts; --", 'general'] };
    const [t] = await rows(totalsSql(f));
    expect(t.posts).toBe(4);
    expect((await rows(topSubmoltsSql(f, 5))).map((r) => r.label)).toEqual(['general']);
  });

  it('daily timeline sums to the totals', async () => {
    const bins = await rows(timelineSql('day', { range: null, submolts: [] }));
    expect(bins.map((b) => [b.posts, b.comments])).toEqual([
      [2, 5],
      [2, 3],
      [2, 1],
    ]);
  });

  it('hourly timeline has every hour between first and last, empty ones as zero', async () => {
    const bins = await rows(timelineSql('hour', { range: null, submolts: [] }));
    const t = bins.map((b) => Number(b.t));
    // First item 2026-01-28 10:00, last 2026-01-30 23:59: 62 hours inclusive.
    expect(t.length).toBe(62);
    expect(t.every((x, i) => i === 0 || x - t[i - 1] === 3_600_000)).toBe(true);
    expect(bins.reduce((s, b) => s + Number(b.posts), 0)).toBe(6);
    expect(bins.reduce((s, b) => s + Number(b.comments), 0)).toBe(9);
  });

  it('does not fill centuries of empty bins for absurd timestamps', async () => {
    await db.run(
      `CREATE TABLE far_posts AS SELECT * FROM posts UNION ALL SELECT * REPLACE ('px' AS id, TIMESTAMP '2230-01-01' AS created_at) FROM (SELECT * FROM posts LIMIT 1)`,
    );
    const sql = timelineSql('day', { range: null, submolts: [] }).replaceAll('FROM posts', 'FROM far_posts');
    const bins = await rows(sql);
    // 3 real days + the far one: no 74,000-day grid.
    expect(bins.length).toBe(4);
  });
});
