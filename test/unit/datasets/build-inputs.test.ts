/**
 * make-build-inputs (the build benchmark's inputs) on the tiny fixture: every layout holds the
 * snapshot's rows (shards partition them), the JSONL crawl has exactly the asked-for comments with
 * unique ids and threads intact within each copy, the vectors are 384 wide with the strong shared
 * direction of sentence embeddings, and a second run writes the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUTS, makeBuildInputs, type BuildInputs } from '../../bench/make-build-inputs.ts';
import { quoteString } from '../../../src/core/sql/sql.ts';

const TINY = join(__dirname, '../../fixtures/tiny');
const tmp = mkdtempSync(join(tmpdir(), 'moltscope-build-inputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TARGET = 40; // the fixture has 9 comments: four full copies and part of a fifth

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  try {
    return (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    con.closeSync();
    inst.closeSync();
  }
}

const digest = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'inputs.json')
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((p) => `${p.slice(dir.length)} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`);

describe('make-build-inputs', () => {
  const out = join(tmp, 'a');
  const options = { from: TINY, seed: 7, comments: TARGET, only: [...LAYOUTS] };
  let inputs: BuildInputs;
  beforeAll(async () => {
    inputs = await makeBuildInputs({ ...options, out });
  }, 60_000);

  it('copies the rows into the AIcell layout, whole and as shards that partition them', async () => {
    expect([inputs.posts, inputs.comments]).toEqual([6, 9]);
    const [whole] = await rows(
      `SELECT (SELECT count(*) FROM ${quoteString(join(out, 'aicell/comments.parquet'))}) AS comments,
        (SELECT count(*) FROM ${quoteString(join(out, 'aicell/posts.parquet'))}) AS posts`,
    );
    expect(whole).toEqual({ comments: '9', posts: '6' });
    const shards = readdirSync(join(out, 'aicell-shards')).sort();
    expect(shards).toContain('posts-00000-of-00003.parquet');
    expect(shards).toHaveLength(6);
    const [split] = await rows(
      `SELECT count(*) AS n, count(DISTINCT id) AS ids FROM ${quoteString(join(out, 'aicell-shards/comments-*.parquet'))}`,
    );
    expect(split).toEqual({ n: '9', ids: '9' });
  });

  it('writes the JSONL crawl with exactly the asked-for comments, unique ids, no dangling parent', async () => {
    expect(inputs.jsonl?.comments).toBe(TARGET);
    const file = quoteString(join(out, 'jscmp4/comments_all.jsonl'));
    const [c] = await rows(
      `WITH c AS (SELECT * FROM read_json(${file}, columns = {id: 'VARCHAR', parent_id: 'VARCHAR',
         submolt: 'VARCHAR', author: 'STRUCT(id VARCHAR, name VARCHAR, karma INTEGER, "followerCount" INTEGER)'}))
       SELECT count(*) AS n, count(DISTINCT id) AS ids,
         count(*) FILTER (WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM c)) AS dangling,
         count(*) FILTER (WHERE parent_id IS NOT NULL) AS replies,
         count(*) FILTER (WHERE author.name IS NOT NULL) AS named
       FROM c`,
    );
    expect(c).toMatchObject({ n: String(TARGET), ids: String(TARGET), dangling: '0', named: String(TARGET) });
    expect(Number(c.replies)).toBeGreaterThan(0);
    const [p] = await rows(
      `SELECT count(*) AS n, sum(comment_count) AS comments, count(submolt.display_name) AS submolts
       FROM read_json(${quoteString(join(out, 'jscmp4/posts_all.jsonl'))})`,
    );
    expect(p).toEqual({ n: '6', comments: String(TARGET), submolts: '6' });
  });

  it('writes a 384-wide vector for every item, with a strong shared direction', async () => {
    expect(inputs.vectors?.rows).toBe(15);
    const file = quoteString(join(out, 'vectors/vectors.parquet'));
    // Parquet has no fixed-size list: a FLOAT[384] column reads back as FLOAT[] lists.
    const [t] = await rows(
      `SELECT any_value(typeof(vec)) AS type, min(len(vec)) AS lo, max(len(vec)) AS hi FROM ${file}`,
    );
    expect(t).toEqual({ type: 'FLOAT[]', lo: '384', hi: '384' });
    const [cos] = await rows(
      `WITH v AS (SELECT id, vec::FLOAT[] AS vec FROM ${file})
       SELECT avg(list_cosine_similarity(a.vec, b.vec)) AS mean FROM v a JOIN v b ON a.id < b.id`,
    );
    expect(cos.mean).toBeGreaterThan(0.4);
    expect(cos.mean).toBeLessThan(0.8);
  });

  it('writes the same bytes again', async () => {
    const again = join(tmp, 'b');
    await makeBuildInputs({ ...options, out: again });
    expect(digest(again)).toEqual(digest(out));
  }, 60_000);
});
