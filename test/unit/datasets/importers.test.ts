import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildReport } from '../../../datasets/build/build-report';
import { loadInputs } from '../../../datasets/build/build-snapshot';
import { parseCsv } from '../../../datasets/build/csv';
import { normalise } from '../../../datasets/build/normalise';
import { emptyDataset } from '../../../datasets/build/raw';
import { parseTimestamp } from '../../../datasets/build/timestamps';
import { importApiDocument } from '../../../datasets/build/api-json';

const SAMPLES = join(__dirname, '../../fixtures/samples');

describe('importers on the real samples', () => {
  it('reads the Observatory CSV export', async () => {
    const report = new BuildReport();
    const raw = await loadInputs([join(SAMPLES, 'observatory-sample')], report);
    expect(raw.posts.length).toBe(1710);
    expect(raw.comments.length).toBe(97);
    expect(raw.agents.length).toBe(793);
    expect(raw.submolts.length).toBe(100);
    const clean = normalise(raw, { dedupeThreshold: 1000 }, report);
    expect(clean.posts.length).toBe(1710);
    const posts = new Set(clean.posts.map((p) => p.id));
    expect(clean.comments.every((c) => posts.has(c.post_id))).toBe(true);
    // Net score maps to up/down with upvotes − downvotes = score.
    expect(clean.posts.every((p) => p.upvotes !== null && p.downvotes !== null)).toBe(true);
    expect(clean.posts.every((p) => p.author_id?.startsWith('name:'))).toBe(true);
  });

  it('flattens API detail responses with nested replies and computes depth', async () => {
    const report = new BuildReport();
    const raw = await loadInputs([join(SAMPLES, 'api-json')], report);
    const clean = normalise(raw, { dedupeThreshold: 1000 }, report);
    // posts_list.json repeats the ten posts of the detail files: duplicates are reported, not merged.
    expect(clean.posts.length).toBe(10);
    expect(report.count('duplicate post id (first occurrence kept)')).toBe(10);
    const byId = new Map(clean.comments.map((c) => [c.id, c]));
    expect(clean.comments.length).toBeGreaterThan(0);
    for (const c of clean.comments) {
      if (c.parent_id === null) expect(c.depth).toBe(0);
      else expect(c.depth).toBe(byId.get(c.parent_id)!.depth! + 1);
    }
    expect(clean.posts.every((p) => Number.isFinite(p.created_at))).toBe(true);
  });
});

describe('importers on crafted bad input', () => {
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

  it('repairs or rejects each problem with a count', () => {
    const raw = emptyDataset();
    const report = new BuildReport();
    importApiDocument(
      {
        posts: [
          post('p1', { upvotes: -3 }),
          post('p1'),
          post('p2', { created_at: 'yesterday' }),
          post(null),
          post('p3', { title: null, content: null }),
        ],
      },
      raw,
      report,
      'crafted',
    );
    for (const c of [
      comment('c1', null),
      comment('c1', null),
      comment('c2', 'c1', { depth: 5 }),
      comment('c3', 'c4'),
      comment('c4', 'c3'),
      comment('c5', 'missing'),
      comment('c6', null, { post_id: 'nope' }),
      comment('c7', null, { created_at: '2026-02-31T00:00:00Z' }),
      comment('c8', null, { content: null }),
    ]) {
      importApiDocument(c, raw, report, 'crafted');
    }
    const clean = normalise(raw, { dedupeThreshold: 0 }, report);
    expect(clean.posts.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(clean.posts[0].upvotes).toBe(0);
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
    const byId = new Map(clean.comments.map((c) => [c.id, c]));
    expect(byId.get('c2')!.depth).toBe(1);
    expect(report.count('comment depth recomputed from its parent chain')).toBe(1);
    const cycle = [byId.get('c3')!, byId.get('c4')!];
    expect(cycle.filter((c) => c.parent_id === null).length).toBe(1);
    expect(cycle.map((c) => c.depth).sort()).toEqual([0, 1]);
    expect(byId.get('c8')!.content).toBe('');
  });

  it('drops mass-duplicated texts above the threshold, with a count', () => {
    const raw = emptyDataset();
    const report = new BuildReport();
    importApiDocument({ posts: [1, 2, 3, 4].map((i) => post(`s${i}`, { title: 'spam' })) }, raw, report, 'x');
    importApiDocument(post('ok'), raw, report, 'x');
    const clean = normalise(raw, { dedupeThreshold: 3 }, report);
    expect(clean.posts.map((p) => p.id)).toEqual(['ok']);
    expect(report.count('post whose text repeats more than 3 times (--dedupe-threshold)')).toBe(4);
  });

  it('reads JSONL crawls line by line and reports broken lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moltscope-jsonl-'));
    const file = join(dir, 'crawl.jsonl');
    writeFileSync(
      file,
      [JSON.stringify(post('j1')), '{broken', JSON.stringify(comment('jc', null, { post_id: 'j1' }))].join(
        '\n',
      ),
    );
    const report = new BuildReport();
    const clean = normalise(await loadInputs([file], report), { dedupeThreshold: 1000 }, report);
    expect(clean.posts.length).toBe(1);
    expect(clean.comments.length).toBe(1);
    expect(report.count('JSONL line that is not valid JSON')).toBe(1);
  });
});

describe('timestamps and CSV', () => {
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

  it('parses quoted CSV fields with commas, quotes and newlines', () => {
    const { rows, malformed } = parseCsv('a,b\n"x, ""y""","line1\nline2"\n1,2,3\n');
    expect(rows).toEqual([{ a: 'x, "y"', b: 'line1\nline2' }]);
    expect(malformed).toEqual([3]);
  });
});
