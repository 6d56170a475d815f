import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../../datasets/build/stage/stage';
import { stagedCounts, stagedRows, stageInputs } from './staged-counts';

const SAMPLES = join(__dirname, '../../fixtures/samples');

describe('importers on the real samples, into the staging tables', () => {
  let stage: Stage | undefined;
  afterEach(() => stage?.close());

  it('stages the Observatory CSV export: every row, names as ids, net score split', async () => {
    const r = await stageInputs([join(SAMPLES, 'observatory-sample')]);
    stage = r.stage;
    expect(await stagedCounts(stage)).toEqual({ posts: 1710, comments: 97, agents: 793, submolts: 100 });
    const posts = await stagedRows(stage, 'posts');
    expect(posts.every((p) => p.author_id === `name:${p.author_name}`)).toBe(true);
    expect(posts.every((p) => p.upvotes !== null && p.downvotes !== null)).toBe(true);
    expect(posts.every((p) => Number(p.upvotes) === 0 || Number(p.downvotes) === 0)).toBe(true);
    // The export's url is the post's own page, not a link the agent posted.
    expect(posts.filter((p) => p.url?.includes(`moltbook.com/post/${p.id}`))).toEqual([]);
    // Display names live in the submolts table only: posts take theirs from it.
    const names = new Map((await stagedRows(stage, 'submolts')).map((s) => [s.name, s.display_name]));
    const named = posts.filter((p) => names.has(p.submolt_name));
    expect(named.length).toBeGreaterThan(1000);
    expect(named.every((p) => p.submolt_display_name === names.get(p.submolt_name))).toBe(true);
    expect(r.report.count('net score split into upvotes/downvotes (no up/down columns)')).toBe(1710 + 97);
    expect(r.report.inputs.map((i) => [i.path.split('/').pop(), i.layout])).toEqual([
      ['moltbook_agents.csv', 'agents/observatory'],
      ['moltbook_comments.csv', 'comments/observatory'],
      ['moltbook_posts.csv', 'posts/observatory'],
      ['submolts_sample.csv', 'submolts/flat'],
    ]);
  });

  it('stages the API JSON responses with their nested replies', async () => {
    const r = await stageInputs([join(SAMPLES, 'api-json')]);
    stage = r.stage;
    const counts = await stagedCounts(stage);
    // posts_list.json repeats the ten posts of the detail files: both copies are staged.
    expect(counts.posts).toBe(20);
    expect(counts.comments).toBeGreaterThan(0);
    const comments = await stagedRows(stage, 'comments');
    expect(comments.every((c) => c.post_id !== null)).toBe(true);
  });
});
