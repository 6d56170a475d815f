/**
 * The staging build end to end on small inputs: a posts-only input builds (with an empty comments
 * file, which the contract requires), a failed build leaves nothing in --out but its report, and
 * every written file has the columns the app validates.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, type BuildOptions } from '../../../datasets/build/build-snapshot';
import type { TableName } from '../../../src/core/snapshot/tables';
import { validateColumns } from '../../../src/core/snapshot/validate-columns';
import { validateManifest } from '../../../src/core/snapshot/validate-manifest';

const tmp = mkdtempSync(join(tmpdir(), 'moltscope-staged-'));

const options = (inputs: string[], out: string): BuildOptions => ({
  inputs,
  out,
  name: 't',
  description: '',
  provenance: 'test',
  licence: 'test',
  dedupeThreshold: 1000,
  dims: 16,
  threads: 1,
  memoryLimit: '256MB',
});

function jsonl(name: string, rows: object[]): string {
  const path = join(tmp, name);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

const post = (i: number) => ({
  id: `p${i}`,
  title: `title ${i}`,
  content: `the content of post ${i} about lobsters`,
  created_at: `2026-01-${String(28 + (i % 3)).padStart(2, '0')}T10:00:00Z`,
  submolt: { name: i % 2 ? 'general' : 'crypto' },
  author: { id: `a${i % 4}`, name: `agent${i % 4}` },
});

describe('staging build', () => {
  it('builds posts without any comments, writing an empty comments file', async () => {
    const out = join(tmp, 'posts-only');
    const input = jsonl('posts.jsonl', [0, 1, 2, 3, 4, 5].map(post));
    const { manifest, counts } = await buildSnapshot(options([input], out));
    expect(counts).toMatchObject({ posts: 6, comments: 0 });
    const parsed = validateManifest(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(parsed.files.comments).toMatchObject({ path: 'comments.parquet', rows: 0 });
    expect(parsed.files.embeddings?.rows).toBe(6);
    expect(manifest.ngramIndex).not.toBeNull();
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      for (const [table, file] of Object.entries(parsed.files)) {
        const path = join(out, file!.path);
        const fields = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`))
          .getRowObjectsJS()
          .map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
        const plan = validateColumns(table as TableName, file!.path, fields);
        expect(plan.missing).toEqual([]);
        expect(plan.repairs).toEqual([]);
        const n = (
          await conn.runAndReadAll(`SELECT count(*)::INT AS n FROM read_parquet('${path}')`)
        ).getRowObjectsJS()[0].n;
        expect(n).toBe(file!.rows);
      }
      // The index counts the posts of each (day, submolt), and no comments.
      const items = (
        await conn.runAndReadAll(
          `SELECT kind, sum(count)::INT AS n FROM read_parquet('${join(out, 'ngrams.parquet')}') WHERE n = 0 GROUP BY kind`,
        )
      ).getRowObjectsJS();
      expect(items).toEqual([{ kind: 'post', n: 6 }]);
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  });

  it('leaves only build-report.json in --out when the build fails, and says where it is', async () => {
    const out = join(tmp, 'failed');
    // A stale snapshot from an earlier build must not survive next to the failure's report.
    await buildSnapshot(options([jsonl('ok.jsonl', [post(1)])], out));
    expect(existsSync(join(out, 'posts.parquet'))).toBe(true);
    const bad = jsonl('bad.jsonl', [{ ...post(1), created_at: 'never' }]);
    await expect(buildSnapshot(options([bad], out))).rejects.toThrow(
      `no valid posts in the input: nothing to build (see the build report, ${join(out, 'build-report.json')})`,
    );
    expect(readdirSync(out)).toEqual(['build-report.json']);
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as {
      issues: { what: string; count: number }[];
    };
    expect(report.issues).toContainEqual(
      expect.objectContaining({ what: 'post with a missing or unparsable created_at', count: 1 }),
    );
  });

  it('refuses a memory limit that is not a size before reading anything', async () => {
    const out = join(tmp, 'bad-limit');
    await expect(
      buildSnapshot({ ...options([jsonl('one.jsonl', [post(1)])], out), memoryLimit: 'lots' }),
    ).rejects.toThrow(/memory limit must be a size/);
    expect(readdirSync(out)).toEqual(['build-report.json']);
  });
});
