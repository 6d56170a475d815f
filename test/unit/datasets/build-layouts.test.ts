/**
 * Layout fixtures built end to end (importers → SQL normaliser → snapshot writer): the counts a
 * snapshot ends with, after duplicates, orphans and unreadable rows are set aside.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../datasets/build/build-snapshot';
import { quoteString } from '../../../src/core/sql/sql';

const LAYOUTS = join(__dirname, '../../fixtures/layouts');
const tmp = mkdtempSync(join(tmpdir(), 'moltscope-build-layouts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function built(rel: string) {
  const out = join(tmp, rel.replace(/\W/g, '-'));
  const { manifest, report } = await buildSnapshot({
    inputs: [join(LAYOUTS, rel)],
    out,
    name: rel,
    description: '',
    provenance: 'test fixture',
    licence: 'MIT',
    dedupeThreshold: 1000,
    dims: 16,
    threads: 2,
    memoryLimit: '1GB',
  });
  const rows = (t: 'posts' | 'comments' | 'agents' | 'submolts') => manifest.files[t]?.rows ?? 0;
  return {
    out,
    report,
    counts: {
      posts: rows('posts'),
      comments: rows('comments'),
      agents: rows('agents'),
      submolts: rows('submolts'),
    },
  };
}

describe('snapshots built from each layout', () => {
  const cases: [string, Record<string, number>][] = [
    ['aicell', { posts: 5, comments: 6 }],
    ['jscmp4', { posts: 4, comments: 5, agents: 3 }],
    ['trustairlab', { posts: 4, comments: 0 }],
    ['takschdube', { posts: 2, comments: 5 }],
    ['observatory-variant', { posts: 3, comments: 2 }],
    ['moltnet', { posts: 3, comments: 3, agents: 2, submolts: 2 }],
    ['author-name-string.jsonl', { posts: 5, comments: 0 }],
    ['posts-only', { posts: 3, comments: 0 }],
    ['empty-texts.jsonl', { posts: 4, comments: 2 }],
    ['folder-with-extras', { posts: 2, comments: 0 }],
    ['timestamp-data.json', { posts: 2, comments: 0 }],
  ];
  for (const [rel, expected] of cases)
    it(rel, async () => {
      const { counts } = await built(rel);
      expect(counts).toEqual({ posts: 0, comments: 0, agents: 0, submolts: 0, ...expected });
    });
});

describe('authors known by name alone', () => {
  it('keeps 5 of 5 authors, each with its own name: id', async () => {
    const { out } = await built('author-name-string.jsonl');
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      const rows = (
        await conn.runAndReadAll(
          `SELECT author_id, author_name FROM read_parquet(${quoteString(join(out, 'posts.parquet'))}) ORDER BY author_id`,
        )
      ).getRows();
      expect(rows).toEqual(['ana', 'ben', 'cai', 'dee', 'eli'].map((n) => [`name:${n}`, n]));
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  });
});
