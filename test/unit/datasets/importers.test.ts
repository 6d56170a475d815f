import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../../datasets/build/stage/stage';
import { parseTimestamp } from '../../../datasets/build/timestamps';
import { cleanInputs, type Cleaned } from './clean-stage';

const SAMPLES = join(__dirname, '../../fixtures/samples');
const tmp = mkdtempSync(join(tmpdir(), 'moltscope-importers-'));

/** Writes JSON documents to a file of their own (an array of API responses and bare records). */
function jsonFile(name: string, docs: unknown[]): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(docs));
  return path;
}

let stage: Stage | undefined;
afterEach(() => {
  stage?.close();
  stage = undefined;
});
async function clean(paths: string[], dedupeThreshold = 1000): Promise<Cleaned> {
  const c = await cleanInputs(paths, dedupeThreshold);
  stage = c.stage;
  return c;
}

describe('importers and normaliser on the real samples', () => {
  it('reads the Observatory CSV export', async () => {
    const c = await clean([join(SAMPLES, 'observatory-sample')]);
    expect(c.posts.length).toBe(1710);
    expect(c.comments.length).toBe(97);
    expect(c.agents.length).toBe(793);
    expect(c.submolts.length).toBe(100);
    const posts = new Set(c.posts.map((p) => p.id));
    expect(c.comments.every((x) => posts.has(x.post_id))).toBe(true);
    // Net score maps to up/down with upvotes − downvotes = score.
    expect(c.posts.every((p) => p.upvotes !== null && p.downvotes !== null)).toBe(true);
    expect(c.posts.every((p) => String(p.author_id).startsWith('name:'))).toBe(true);
  });

  it('flattens API detail responses with nested replies and computes depth', async () => {
    const c = await clean([join(SAMPLES, 'api-json')]);
    // posts_list.json repeats the ten posts of the detail files: duplicates are reported, not merged.
    expect(c.posts.length).toBe(10);
    expect(c.report.count('duplicate post id (first occurrence kept)')).toBe(10);
    const byId = new Map(c.comments.map((x) => [x.id, x]));
    expect(c.comments.length).toBe(8);
    for (const x of c.comments) {
      if (x.parent_id === null) expect(x.depth).toBe(0);
      else expect(x.depth).toBe(Number(byId.get(x.parent_id)!.depth) + 1);
    }
    expect(c.posts.every((p) => Number.isFinite(p.created_at))).toBe(true);
  });
});

const post = (id: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  title: `t${String(id)}`,
  content: 'c',
  created_at: '2026-01-31T18:11:19.470626+00:00',
  author: null,
  ...extra,
});
const comment = (id: string, parent: string | null, extra: Record<string, unknown> = {}) => ({
  id,
  post_id: 'p1',
  parent_id: parent,
  content: `comment ${id}`,
  created_at: '2026-02-08T20:20:59.814Z',
  ...extra,
});

describe('importers and normaliser on crafted bad input', () => {
  it('repairs or rejects each problem with a count', async () => {
    const file = jsonFile('crafted.json', [
      {
        posts: [
          post('p1', { upvotes: -3 }),
          post('p1'),
          post('p2', { created_at: 'yesterday' }),
          post(null),
          post('p3', { title: null, content: null }),
        ],
      },
      comment('c1', null),
      comment('c1', null),
      comment('c2', 'c1', { depth: 5 }),
      comment('c3', 'c4'),
      comment('c4', 'c3'),
      comment('c5', 'missing'),
      comment('c6', null, { post_id: 'nope' }),
      comment('c7', null, { created_at: '2026-02-31T00:00:00Z' }),
      comment('c8', null, { content: null }),
    ]);
    const c = await clean([file], 0);
    const report = c.report;
    expect(c.posts.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(c.posts[0].upvotes).toBe(0);
    expect(report.count('negative post upvotes set to 0')).toBe(1);
    expect(report.count('duplicate post id (first occurrence kept)')).toBe(1);
    expect(report.count('post with a missing or unparsable created_at')).toBe(1);
    expect(report.count('post without an id')).toBe(1);
    expect(report.count('post with no title and no content (kept, empty text)')).toBe(1);
    expect(report.count('duplicate comment id (first occurrence kept)')).toBe(1);
    expect(report.count('orphan comment (its post is not in the input)')).toBe(1);
    expect(report.count('comment with a missing or unparsable created_at')).toBe(1);
    expect(report.count('comment whose parent is missing made top-level')).toBe(1);
    expect(report.count('cycle in parent_id chain broken (comment made top-level)')).toBe(1);
    expect(report.count('comment with no content (kept, empty text)')).toBe(1);
    const byId = new Map(c.comments.map((x) => [x.id, x]));
    expect(byId.get('c2')!.depth).toBe(1);
    expect(report.count('comment depth recomputed from its parent chain')).toBe(1);
    const cycle = [byId.get('c3')!, byId.get('c4')!];
    expect(cycle.filter((x) => x.parent_id === null).length).toBe(1);
    expect(cycle.map((x) => x.depth).sort()).toEqual([0, 1]);
    expect(byId.get('c8')!.content).toBe('');
    // Walked from c3 (first in input order): c3 → c4 → c3 re-enters at c3, which is cut.
    expect(byId.get('c3')!.parent_id).toBeNull();
    expect(byId.get('c4')!.parent_id).toBe('c3');
    expect(c.comments.map((x) => x.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c8']);
  });

  it('drops mass-duplicated texts above the threshold, with a count', async () => {
    const file = jsonFile('mass.json', [
      { posts: [1, 2, 3, 4].map((i) => post(`s${i}`, { title: 'spam' })) },
      post('ok'),
    ]);
    const c = await clean([file], 3);
    expect(c.posts.map((p) => p.id)).toEqual(['ok']);
    expect(c.report.count('post whose text repeats more than 3 times (--dedupe-threshold)')).toBe(4);
  });

  // Deliberate fix: the JS normaliser counted every text-less item as one repeated text, so a
  // dataset without texts lost all its posts past the threshold.
  it('never counts empty texts as one repeated text', async () => {
    const file = jsonFile('textless.json', [
      { posts: [1, 2, 3, 4, 5].map((i) => post(`e${i}`, { title: null, content: null })) },
      ...[1, 2, 3, 4].map((i) => comment(`ce${i}`, null, { post_id: 'e1', content: '' })),
    ]);
    const c = await clean([file], 2);
    expect(c.posts.length).toBe(5);
    expect(c.comments.length).toBe(4);
    expect(c.report.count('post whose text repeats more than 2 times (--dedupe-threshold)')).toBe(0);
    expect(c.report.count('comment whose text repeats more than 2 times (--dedupe-threshold)')).toBe(0);
    expect(c.report.count('post with no title and no content (kept, empty text)')).toBe(5);
    expect(c.report.count('comment with no content (kept, empty text)')).toBe(4);
  });

  it('reads JSONL crawls line by line and reports broken lines', async () => {
    const file = join(tmp, 'crawl.jsonl');
    writeFileSync(
      file,
      [JSON.stringify(post('j1')), '{broken', JSON.stringify(comment('jc', null, { post_id: 'j1' }))].join(
        '\n',
      ),
    );
    const c = await clean([file]);
    expect(c.posts.length).toBe(1);
    expect(c.comments.length).toBe(1);
    expect(c.report.count('JSONL line that is not valid JSON')).toBe(1);
  });
});

describe('timestamps', () => {
  it('parses both API timestamp styles, zone-less ISO and epochs', () => {
    const ms = Date.UTC(2026, 0, 31, 18, 11, 19, 470);
    expect(parseTimestamp('2026-01-31T18:11:19.470626+00:00')).toBe(ms);
    expect(parseTimestamp('2026-01-31T18:11:19.470Z')).toBe(ms);
    expect(parseTimestamp('2026-01-31T18:11:19.470626')).toBe(ms);
    expect(parseTimestamp('2026-01-31T20:11:19.470+02:00')).toBe(ms);
    expect(parseTimestamp(ms)).toBe(ms);
    expect(parseTimestamp(Math.floor(ms / 1000))).toBe(Math.floor(ms / 1000) * 1000);
    for (const bad of ['', 'soon', '2026-13-01', '2026-02-30T00:00:00Z', null, {}, NaN])
      expect(parseTimestamp(bad)).toBeNull();
  });
});
