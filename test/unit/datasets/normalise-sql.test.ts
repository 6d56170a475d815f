/**
 * The SQL normaliser on hostile staged rows. The expected report is the one the JavaScript
 * normaliser it replaced (datasets/build/normalise.ts, removed) gave on these very rows: the same
 * entries, counts, examples and order (checked side by side before it was removed).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BuildReport } from '../../../datasets/build/build-report';
import { normaliseStaged } from '../../../datasets/build/stage/normalise-sql';
import { Stage } from '../../../datasets/build/stage/stage';
import { StageSink } from '../../../datasets/build/stage/stage-sink';
import type { StageTable } from '../../../datasets/build/stage/schema';
import { cleanRows } from './clean-stage';

const ROWS: Record<StageTable, Record<string, unknown>[]> = {
  posts: [
    {
      id: '  x1 ',
      title: 'a\u0000b',
      content: 'y'.repeat(100_005),
      upvotes: '2.5',
      downvotes: 'abc',
      comment_count: -2,
      created_at: 1769900000,
      submolt_id: 5,
      submolt_name: 'm',
      author_id: '',
      author_name: 'n',
    },
    {
      id: 'x2',
      title: '',
      url: 'u',
      upvotes: 1e12,
      downvotes: '  7 ',
      comment_count: '1e1',
      created_at: '2026-02-01T10:00:00+05:30',
      author_id: 'a',
    },
    {
      id: 'x3',
      title: 't',
      content: 'c',
      upvotes: 'Infinity',
      downvotes: '-0.4',
      created_at: '1769900000123',
      author_id: 'a',
    },
  ],
  comments: [
    {
      id: 'k1',
      post_id: 'x1',
      parent_id: 'k1',
      content: 'self',
      created_at: '2026-02-01 10:00:00',
      depth: '-2.5',
      author_karma: '-7.5',
      author_follower_count: 'x',
    },
    {
      id: 'k2',
      post_id: 'x2',
      parent_id: 'k3',
      content: 'other',
      created_at: '2026-02-01T10:00:00Z',
      depth: 0,
      author_karma: 3e10,
    },
    { id: 'k3', post_id: 'x1', parent_id: 'k4', content: '', created_at: '2026-02-01T10:00:00Z' },
    { id: 'k4', post_id: 'x1', parent_id: 'k5', content: '', created_at: '2026-02-01T10:00:00Z', depth: 1 },
    { id: 'k5', post_id: 'x1', parent_id: 'k3', content: '', created_at: '2026-02-01T10:00:00Z', depth: 1 },
  ],
  agents: [
    {
      id: 'a',
      name: 'n',
      description: 'd',
      karma: '5',
      follower_count: -1,
      following_count: 2.2,
      created_at: '2026-01-01T00:00:00Z',
    },
    { id: 'a', name: 'n2', created_at: '' },
    { id: null, name: 'z' },
  ],
  submolts: [
    { id: 's', name: '', subscriber_count: 3 },
    { id: 's2', name: 'x\u0000', display_name: 'X', subscriber_count: 3.5 },
  ],
};

const EXPECTED_REPORT = [
  ['repaired', 1, 'NUL characters removed from post title', []],
  ['repaired', 1, 'post content longer than 100000 characters truncated', []],
  ['repaired', 1, 'fractional post upvotes rounded', ['2.5']],
  ['repaired', 1, 'unreadable post downvotes set to empty', ['abc']],
  ['repaired', 1, 'negative post comment_count set to 0', ['-2']],
  ['repaired', 1, 'post without an author (kept, author unknown)', ['x1']],
  ['repaired', 1, 'post with no title and no content (kept, empty text)', ['x2']],
  ['repaired', 1, 'unreadable post upvotes set to empty', ['Infinity']],
  ['repaired', 1, 'negative post downvotes set to 0', ['-0.4']],
  ['repaired', 1, 'unreadable author follower_count set to empty', ['x']],
  ['repaired', 3, 'comment with no content (kept, empty text)', ['k3', 'k4', 'k5']],
  ['repaired', 1, 'comment that is its own parent made top-level', ['k1']],
  ['repaired', 1, 'comment whose parent is on another post made top-level', ['k2']],
  ['repaired', 1, 'cycle in parent_id chain broken (comment made top-level)', ['k3']],
  ['repaired', 2, 'comment depth recomputed from its parent chain', ['k1: -2 → 0', 'k4: 1 → 2']],
  ['repaired', 1, 'post comment_count missing: set to the comments present', ['x3']],
  ['repaired', 1, 'negative agent follower_count set to 0', ['-1']],
  ['repaired', 1, 'fractional agent following_count rounded', ['2.2']],
  ['rejected', 1, 'agent without an id or name', ['z']],
  ['rejected', 1, 'submolt without an id or name', ['']],
  ['repaired', 1, 'NUL characters removed from submolt name', []],
  ['repaired', 1, 'fractional submolt subscriber_count rounded', ['3.5']],
  ['rejected', 1, 'duplicate agent id (first occurrence kept)', ['a']],
];

describe('normaliseStaged on hostile rows', () => {
  let stage: Stage | undefined;
  afterEach(() => stage?.close());

  it('repairs and rejects as the JavaScript normaliser did, with the same report', async () => {
    stage = await Stage.open({ threads: 1 });
    const report = new BuildReport();
    for (const table of Object.keys(ROWS) as StageTable[]) {
      const sink = await StageSink.open(stage, table, report);
      for (const r of ROWS[table]) sink.append(r);
      sink.close();
    }
    const counts = await normaliseStaged(stage.conn, { dedupeThreshold: 1000 }, report);
    expect(counts).toEqual({ posts: 3, comments: 5, agents: 1, submolts: 1 });
    const issues = (
      report.toJSON() as { issues: { action: string; count: number; what: string; examples: string[] }[] }
    ).issues;
    expect(issues.map((i) => [i.action, i.count, i.what, i.examples])).toEqual(EXPECTED_REPORT);

    const posts = await cleanRows(stage, 'posts');
    expect(posts.map((p) => [p.id, p.upvotes, p.downvotes, p.comment_count, p.created_at])).toEqual([
      ['x1', 3, null, 0, 1769900000000],
      ['x2', 2_147_483_647, 7, 10, Date.UTC(2026, 1, 1, 4, 30)],
      ['x3', null, 0, 0, 1769900000123],
    ]);
    expect(posts[0].title).toBe('ab');
    expect(String(posts[0].content).length).toBe(100_000);
    expect(posts[0].author_id).toBeNull();
    expect(posts[0].submolt_id).toBe('5');
    const comments = await cleanRows(stage, 'comments');
    expect(comments.map((c) => [c.id, c.parent_id, c.depth, c.author_karma])).toEqual([
      ['k1', null, 0, -7],
      ['k2', null, 0, 2_147_483_647],
      ['k3', null, 0, null],
      ['k4', 'k5', 2, null],
      ['k5', 'k3', 1, null],
    ]);
    const agents = await cleanRows(stage, 'agents');
    expect(agents).toEqual([
      {
        id: 'a',
        name: 'n',
        description: 'd',
        karma: 5,
        follower_count: 0,
        following_count: 2,
        created_at: Date.UTC(2026, 0, 1),
      },
    ]);
    expect((await cleanRows(stage, 'submolts')).map((s) => [s.id, s.name, s.subscriber_count])).toEqual([
      ['s2', 'x', 4],
    ]);
  });
});
