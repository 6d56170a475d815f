/**
 * Every layout and crawl case of test/fixtures/layouts (written by test/fixtures/make-layouts.ts)
 * imported into a Stage: the rows staged per table, the layout recognised, what was skipped and
 * why, and (through the SQL normaliser) what survives into the clean tables.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_LINES } from '../../../datasets/build/import/jsonl-lines';
import { normaliseStaged } from '../../../datasets/build/stage/normalise-sql';
import type { Stage } from '../../../datasets/build/stage/stage';
import { stagedCounts, stagedRows, stageInputs, type Counts } from './staged-counts';

const LAYOUTS = join(__dirname, '../../fixtures/layouts');
const at = (rel: string): string => join(LAYOUTS, rel);
const counts = (posts: number, comments: number, agents = 0, submolts = 0): Counts => ({
  posts,
  comments,
  agents,
  submolts,
});

let stage: Stage | undefined;
afterEach(() => {
  stage?.close();
  stage = undefined;
});

async function staged(rel: string) {
  const r = await stageInputs([at(rel)]);
  stage = r.stage;
  return { ...r, stage: r.stage, counts: await stagedCounts(r.stage) };
}

describe('each public layout is staged with its counts', () => {
  const cases: [string, Counts, string[]][] = [
    ['aicell', counts(5, 6), ['comments/aicell-flat', 'posts/aicell-flat', 'posts/aicell-flat']],
    [
      'jscmp4',
      counts(4, 5, 3),
      ['agents/camelcase', 'comments/nested-author-submolt', 'posts/nested-author-submolt'],
    ],
    ['trustairlab', counts(4, 0), ['posts/trustairlab-struct-post']],
    ['takschdube', counts(2, 5), ['api-json']],
    ['observatory-variant', counts(3, 2), ['comments/observatory', 'posts/observatory']],
    [
      'moltnet',
      counts(3, 3, 2, 2),
      ['agents/flat', 'comments/aicell-flat', 'posts/aicell-flat', 'submolts/flat'],
    ],
    ['api-profiles', counts(1, 0, 1, 2), ['api-json', 'api-json']],
    ['comments-envelope.json', counts(0, 3), ['api-json']],
    ['timestamp-data.json', counts(2, 0), ['api-json']],
    ['comment-key.jsonl', counts(1, 3), ['api-json-lines']],
    ['author-name-string.jsonl', counts(5, 0), ['posts/author-name-string']],
    ['posts-only', counts(3, 0), ['posts/aicell-flat']],
    ['empty-texts.jsonl', counts(4, 2), ['api-json-lines']],
  ];
  for (const [rel, expected, layouts] of cases)
    it(rel, async () => {
      const r = await staged(rel);
      expect(r.counts).toEqual(expected);
      expect(r.report.inputs.map((i) => i.layout)).toEqual(layouts);
    });
});

describe('fields of each layout land in the contract columns', () => {
  it('AIcell: TIMESTAMP and TIMESTAMPTZ shards staged as the same UTC ISO text, in shard order', async () => {
    const r = await staged('aicell');
    const posts = await stagedRows(r.stage, 'posts');
    expect(posts.map((p) => [p.id, p.created_at])).toEqual([
      ['aicell-p0', '2026-01-27T12:00:00.000000Z'],
      ['aicell-p1', '2026-01-28T12:00:00.000000Z'],
      ['aicell-p2', '2026-01-29T12:00:00.000000Z'],
      ['aicell-p3', '2026-01-30T12:00:00.000000Z'],
      ['aicell-p4', '2026-01-31T12:00:00.000000Z'],
    ]);
    const comments = await stagedRows(r.stage, 'comments');
    expect(comments[1]).toMatchObject({ parent_id: 'aicell-c0', depth: '1', author_karma: '10' });
  });

  it('jscmp4: nested camelCase author, submolt object, one broken comment line counted', async () => {
    const r = await staged('jscmp4');
    const [post] = await stagedRows(r.stage, 'posts');
    expect(post).toMatchObject({
      author_id: 'js-a0',
      author_name: 'js0',
      submolt_name: 'general',
      submolt_display_name: 'General',
      upvotes: '0',
    });
    const [comment] = await stagedRows(r.stage, 'comments');
    expect(comment).toMatchObject({ author_id: 'js-a1', author_follower_count: '2', post_id: 'js-p0' });
    const agents = await stagedRows(r.stage, 'agents');
    expect(agents.map((a) => a.follower_count)).toEqual(['0', '1', '2']);
    expect(r.report.count('JSONL line that is not valid JSON or not a record of the file’s layout')).toBe(1);
  });

  it('TrustAIRLab: every field read out of the STRUCT post', async () => {
    const r = await staged('trustairlab');
    const posts = await stagedRows(r.stage, 'posts');
    expect(posts[2]).toMatchObject({
      id: 'tal-p2',
      title: 'trust title 2',
      upvotes: '4',
      submolt_name: 'philosophy',
      author_id: null,
    });
  });

  it('takschdube: nested replies take their parent from the tree and their post from the post', async () => {
    const r = await staged('takschdube');
    const comments = await stagedRows(r.stage, 'comments');
    expect(comments.map((c) => [c.id, c.post_id, c.parent_id])).toEqual([
      ['tk-c0a', 'tk-p0', null],
      ['tk-c0b', 'tk-p0', 'tk-c0a'],
      ['tk-c0c', 'tk-p0', 'tk-c0b'],
      ['tk-c0d', 'tk-p0', null],
      ['tk-c1a', 'tk-p1', null],
    ]);
    const posts = await stagedRows(r.stage, 'posts');
    expect(posts[0]).toMatchObject({ author_id: 'tk-a0', submolt_name: 'general', submolt_id: 'general' });
  });

  it('Observatory variant: name ids, net score split both ways, a bad record counted', async () => {
    const r = await staged('observatory-variant');
    const posts = await stagedRows(r.stage, 'posts');
    expect(posts.map((p) => [p.author_id, p.submolt_name, p.upvotes, p.downvotes])).toEqual([
      ['name:alice', 'general', '5', '0'],
      ['name:bob', 'general', '0', '2'],
      ['name:alice', 'philosophy', '0', '0'],
    ]);
    expect(r.report.count('CSV record that cannot be read (wrong number of fields or broken quoting)')).toBe(
      1,
    );
  });

  it('author as a name string: 5 of 5 authors survive with name ids', async () => {
    const r = await staged('author-name-string.jsonl');
    const posts = await stagedRows(r.stage, 'posts');
    expect(posts.map((p) => p.author_id)).toEqual([
      'name:ana',
      'name:ben',
      'name:cai',
      'name:dee',
      'name:eli',
    ]);
    expect(await normaliseStaged(r.stage.conn, { dedupeThreshold: 1 }, r.report)).toMatchObject({ posts: 5 });
  });

  it('agent profile: the agent and its recent post, which names it as author', async () => {
    const r = await staged('api-profiles');
    const [post] = await stagedRows(r.stage, 'posts');
    expect(post).toMatchObject({ id: 'api-p1', author_id: 'api-a1', author_name: 'Profiled' });
    const submolts = await stagedRows(r.stage, 'submolts');
    expect(submolts.map((s) => [s.id, s.subscriber_count])).toEqual([
      ['s-general', '10'],
      ['s-phil', '3'],
    ]);
  });

  it('empty texts everywhere: no post is dropped as a repeated text', async () => {
    const r = await staged('empty-texts.jsonl');
    expect(await normaliseStaged(r.stage.conn, { dedupeThreshold: 1 }, r.report)).toMatchObject({
      posts: 4,
      comments: 2,
    });
  });
});

describe('folders and files that are not data', () => {
  it('lists what a folder holds besides data, with reasons, and reads its subfolders', async () => {
    const r = await staged('folder-with-extras');
    expect(r.counts).toEqual(counts(2, 0));
    const rows = r.report.inputs.map((i) => [
      i.path.slice(i.path.indexOf('folder-with-extras')),
      i.skipped ?? i.layout,
    ]);
    expect(rows).toEqual([
      ['folder-with-extras/.DS_Store', 'hidden file'],
      ['folder-with-extras/LICENSE', 'documentation or code, not data'],
      ['folder-with-extras/README.md', 'documentation or code, not data'],
      [
        'folder-with-extras/agents_clean.parquet',
        expect.stringContaining(
          'no known Moltbook layout: columns found: agent_uuid, cleaned_handle; expected one of posts (id or post.id;',
        ),
      ],
      ['folder-with-extras/crawl/posts.jsonl', 'posts/aicell-flat'],
      ['folder-with-extras/notes/about.txt', 'documentation or code, not data'],
    ]);
  });

  it('refuses a table of no known layout named on the command line, naming its columns', async () => {
    await expect(stageInputs([at('folder-with-extras/agents_clean.parquet')])).rejects.toThrow(
      /agents_clean\.parquet is not read: no known Moltbook layout: columns found: agent_uuid, cleaned_handle/,
    );
  });

  it('says how to convert a SQLite database, in a folder or named', async () => {
    const r = await staged('sqlite');
    expect(r.counts).toEqual(counts(0, 0));
    expect(r.report.inputs[0].skipped).toMatch(/SQLite database: convert .*duckdb .*sqlite3/);
    await expect(stageInputs([at('sqlite/moltbook.sqlite')])).rejects.toThrow(/SQLite database/);
  });
});

describe('JSONL edge cases', () => {
  it('reads line by line when the sample saw `author` only as null, so later objects are read right', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moltscope-jsonl-null-'));
    const path = join(dir, 'posts.jsonl');
    const line = (i: number, author: unknown) =>
      JSON.stringify({ id: `p${i}`, title: `t${i}`, created_at: '2026-02-01T00:00:00Z', author });
    const lines = Array.from({ length: SAMPLE_LINES + 5 }, (_, i) => line(i, null));
    lines.push(line(SAMPLE_LINES + 5, { id: 'a1', name: 'Ann' }));
    writeFileSync(path, lines.join('\n') + '\n');
    const r = await stageInputs([path]);
    stage = r.stage;
    expect(r.report.inputs[0].layout).toBe('api-json-lines');
    const posts = await stagedRows(r.stage, 'posts');
    expect(posts.length).toBe(SAMPLE_LINES + 6);
    expect(posts.at(-1)).toMatchObject({ author_id: 'a1', author_name: 'Ann' });
    expect(posts[0]).toMatchObject({ author_id: null, author_name: null });
  });

  it('streams flat records through DuckDB and counts lines that are not records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moltscope-jsonl-flat-'));
    const path = join(dir, 'comments_all.jsonl');
    const rows = [0, 1, 2].map((i) =>
      JSON.stringify({ id: `c${i}`, post_id: 'p', content: 'x', created_at: '2026-02-01' }),
    );
    writeFileSync(path, [rows[0], '[1, 2]', '', rows[1], '"text"', '{broken', rows[2]].join('\r\n'));
    const r = await stageInputs([path]);
    stage = r.stage;
    expect(r.report.inputs[0]).toMatchObject({ layout: 'comments/aicell-flat', comments: 3 });
    expect((await stagedRows(r.stage, 'comments')).map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    expect(r.report.count('JSONL line that is not valid JSON or not a record of the file’s layout')).toBe(3);
  });
});

describe('CSV', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, and counts a bad record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moltscope-csv-'));
    const path = join(dir, 'comments.csv');
    writeFileSync(
      path,
      '\uFEFFid,post_id,content,created_at\r\nc1,p1,"x, ""y""\nline2",2026-02-01\r\nc2,p1,a,b,c\r\nc3,p1,,2026-02-02\r\n',
    );
    const r = await stageInputs([path]);
    stage = r.stage;
    expect((await stagedRows(r.stage, 'comments')).map((c) => [c.id, c.content])).toEqual([
      ['c1', 'x, "y"\nline2'],
      ['c3', null],
    ]);
    expect(r.report.count('CSV record that cannot be read (wrong number of fields or broken quoting)')).toBe(
      1,
    );
  });
});

describe('folder scan', () => {
  it('lists hidden folders, links to folders, empty folders and compressed files instead of reading them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moltscope-scan-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'posts.jsonl'), '{}\n');
    mkdirSync(join(dir, 'empty'));
    symlinkSync(dir, join(dir, 'loop'));
    writeFileSync(join(dir, 'comments_all.jsonl.gz'), 'gz');
    writeFileSync(
      join(dir, 'posts.jsonl'),
      JSON.stringify({ id: 'p', title: 't', created_at: '2026-02-01' }) + '\n',
    );
    const r = await stageInputs([dir]);
    stage = r.stage;
    expect(
      r.report.inputs.map((i) => [i.path.slice(i.path.lastIndexOf('/') + 1), i.skipped ?? i.layout]),
    ).toEqual([
      ['.git', 'hidden folder (not searched)'],
      ['comments_all.jsonl.gz', 'compressed: decompress it first'],
      ['empty', 'empty folder'],
      ['loop', 'link to a folder (not followed: it could loop)'],
      ['posts.jsonl', 'posts/aicell-flat'],
    ]);
  });
});
