import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BuildReport } from '../../../datasets/build/build-report';
import { Stage } from '../../../datasets/build/stage/stage';
import { StageSink, stageText } from '../../../datasets/build/stage/stage-sink';

describe('Stage', () => {
  it('creates the staging tables in a temporary on-disk database and removes it on close', async () => {
    const stage = await Stage.open({ threads: 1, memoryLimit: '256MB' });
    expect(existsSync(stage.path('stage.duckdb'))).toBe(true);
    const tables = (
      await stage.conn.runAndReadAll(`SELECT table_name FROM duckdb_tables() ORDER BY table_name`)
    ).getColumnsObjectJS().table_name;
    expect(tables).toEqual(['raw_agents', 'raw_comments', 'raw_posts', 'raw_submolts']);
    const settings = (
      await stage.conn.runAndReadAll(
        `SELECT current_setting('threads') AS t, current_setting('TimeZone') AS z`,
      )
    ).getRowObjectsJS()[0];
    expect(settings).toEqual({ t: 1n, z: 'UTC' });
    expect(stage.nextOrd(5)).toBe(0);
    expect(stage.nextOrd()).toBe(5);
    expect(stage.nextOrd()).toBe(6);
    stage.close();
    stage.close();
    expect(existsSync(stage.dir)).toBe(false);
  });

  it('refuses a memory limit that is not a size', async () => {
    await expect(Stage.open({ memoryLimit: "1GB'; DROP" })).rejects.toThrow(/memory limit/);
  });
});

describe('StageSink', () => {
  it('stages primitives as text, non-primitives as NULL with a count, in ord order', async () => {
    const stage = await Stage.open({ threads: 1 });
    try {
      const report = new BuildReport();
      const posts = await StageSink.open(stage, 'posts', report);
      const comments = await StageSink.open(stage, 'comments', report);
      posts.append({ id: 'p\u00001', title: { nested: true }, upvotes: 3.5, created_at: new Date(0) });
      comments.append({ id: 'c1', post_id: 7, content: ['a'] });
      posts.append({ id: 12n, content: 'é😀', downvotes: false });
      posts.close();
      comments.close();
      const rows = (
        await stage.conn.runAndReadAll(
          `SELECT ord, id, title, content, upvotes, downvotes, created_at FROM raw_posts ORDER BY ord`,
        )
      ).getRowObjectsJS();
      expect(rows).toEqual([
        {
          ord: 0n,
          id: 'p\u00001',
          title: null,
          content: null,
          upvotes: '3.5',
          downvotes: null,
          created_at: '1970-01-01T00:00:00.000Z',
        },
        {
          ord: 2n,
          id: '12',
          title: null,
          content: 'é😀',
          upvotes: null,
          downvotes: 'false',
          created_at: null,
        },
      ]);
      const c = (
        await stage.conn.runAndReadAll(`SELECT ord, post_id, content FROM raw_comments`)
      ).getRowObjectsJS();
      expect(c).toEqual([{ ord: 1n, post_id: '7', content: null }]);
      expect(report.count('non-text posts.title set to empty')).toBe(1);
      expect(report.count('non-text comments.content set to empty')).toBe(1);
      expect(posts.rows).toBe(2);
    } finally {
      stage.close();
    }
  });

  it('renders values the way the JS normaliser read them', () => {
    expect(stageText(1e21).text).toBe('1e+21');
    expect(stageText(undefined)).toEqual({ text: null, bad: false });
    expect(stageText(new Date(NaN))).toEqual({ text: null, bad: true });
  });
});
