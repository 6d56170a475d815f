import { describe, expect, it } from 'vitest';
import { influencePersistence } from '../../../src/core/metrics/influence-persistence.ts';
import { reciprocity } from '../../../src/core/metrics/reciprocity.ts';
import { inequality } from '../../../src/core/metrics/inequality.ts';
import { hits } from '../../../src/core/metrics/hits.ts';
import { communities } from '../../../src/core/metrics/communities.ts';
import { threadStats } from '../../../src/core/metrics/threads.ts';
import { discreteAlpha, hurwitzZeta } from '../../../src/core/metrics/power-law.ts';
import { commentSpecificity } from '../../../src/core/metrics/specificity.ts';
import { consensus } from '../../../src/core/metrics/consensus.ts';
import { tiny } from './tiny-frame.ts';

// Day 0: a and c comment on b's post P1 (c replies to a, 30 s later). Day 1: b comments on a's P2.
const frame = tiny(
  [
    { id: 'P0', author: 'a', h: 0.5, up: 0 },
    { id: 'P1', author: 'b', h: 1, up: 10 },
    { id: 'P2', author: 'a', h: 25, up: 0 },
    { id: 'P3', author: 'b', h: 26, up: 2 },
  ],
  [
    { id: 'k1', post: 'P1', author: 'a', h: 2 },
    { id: 'k2', post: 'P1', author: 'c', h: 2 + 30 / 3600, parent: 'k1' },
    { id: 'k3', post: 'P2', author: 'b', h: 27 },
  ],
);
const idx = (name: string) => frame.agents.indexOf(name);

describe('§6 PageRank persistence by hand', () => {
  it('daily PageRank, top share and top-k overlap', () => {
    const r = influencePersistence(frame, { ks: [1, 2], topShareN: 1 });
    // Day 0: a→b, c→b; b dangling. By symmetry PR(a) = PR(c) = x, PR(b) = 1 − 2x, and
    // x = 0.15/3 + 0.85·PR(b)/3 → x = (0.05 + 0.85/3) / (1 + 1.7/3) = 0.2127660, PR(b) = 0.5744681.
    const x = (0.05 + 0.85 / 3) / (1 + 1.7 / 3);
    expect(r.topShare[0]).toBeCloseTo(1 - 2 * x, 8);
    // Day 1: b→a; a dangling. PR(a) = 0.075 + 0.425·PR(a) + 0.85·PR(b), PR(b) = 1 − PR(a)
    // → PR(a) = 0.925 / 1.425 = 0.6491228.
    expect(r.topShare[1]).toBeCloseTo(0.925 / 1.425, 8);
    // Top-1: {b} then {a}: Jaccard 0, nothing of day 0's top-1 left.
    expect(r.overlap[0].consecutive).toEqual([null, 0]);
    expect(r.overlap[0].fromFirst).toEqual([1, 0]);
    // Top-2: {b, a} (a beats c on index) then {a, b}: Jaccard 1.
    expect(r.overlap[1].consecutive).toEqual([null, 1]);
    expect(r.leaders[0][0].agent).toBe(idx('b'));
  });
});

describe('§8 network statistics by hand', () => {
  it('reciprocity: pairs a→b, c→b, b→a; two of three reciprocated', () => {
    expect(reciprocity(frame).reciprocity).toBeCloseTo(2 / 3, 12);
    // Reply mode: c's reply points at a instead: pairs a→b, c→a, b→a → 2/3 again.
    expect(reciprocity(frame, { mode: 'reply' }).pairs).toBe(3);
  });
  it('Gini of upvotes vs posts over posting agents a and b', () => {
    // Posts: a 2, b 2 → Gini 0. Upvotes received: a 0, b 12: G = 2·(2·12)/(2·12) − 3/2 = 0.5.
    const r = inequality(frame);
    expect(r.agents).toBe(2);
    expect(r.postGini).toBeCloseTo(0, 12);
    expect(r.upvoteGini).toBeCloseTo(0.5, 12);
  });
  it('HITS converges to authority b and hubs a, c', () => {
    // AᵀA has leading eigenvector on b (two hubs point at it): authority(b) → 1, hub(a) = hub(c) → 1/2.
    const r = hits(frame);
    expect(r.authorities[0].agent).toBe(idx('b'));
    expect(r.authorities[0].score).toBeCloseTo(1, 6);
    expect(r.hubs.slice(0, 2).map((h) => h.score)).toEqual([expect.closeTo(0.5, 6), expect.closeTo(0.5, 6)]);
  });
  it('thread depth, reply incidence and delay', () => {
    // P1: k1 (depth 1), k2 reply (depth 2) → max 2. P2: k3 → max 1. Mean max = 1.5 (paper), 0.5 (API).
    const r = threadStats(frame);
    expect(r.threads).toBe(2);
    expect(r.meanMaxDepthPaper).toBeCloseTo(1.5, 12);
    expect(r.meanMaxDepthApi).toBeCloseTo(0.5, 12);
    expect(r.deepShare).toBe(0);
    // Only k1 of three comments gets a reply, 30 s later.
    expect(r.replyIncidence).toBeCloseTo(1 / 3, 12);
    expect(r.medianReplyDelaySec).toBeCloseTo(30, 6);
  });
  it('Louvain on two triangles joined by a bridge', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const posts = names.map((n) => ({ id: `P${n}`, author: n, h: 0 }));
    const pairs = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'd'],
      ['c', 'd'],
    ];
    const g = tiny(
      posts,
      pairs.map(([s, t], i) => ({ id: `k${i}`, post: `P${t}`, author: s, h: 1 })),
    );
    // m = 7 edges; each triangle: 3 inside, degree sum 7 → Q = 2·(3/7 − (7/14)²) = 0.357143.
    const r = communities(g, { seed: 1 });
    expect(r.count).toBe(2);
    expect(r.modularity).toBeCloseTo(2 * (3 / 7 - 0.25), 9);
    expect(r.betweenEdgeShare).toBeCloseTo(1 / 7, 12);
  });
  it('power law: zeta values and the MLE stationarity condition', () => {
    expect(hurwitzZeta(2, 1)).toBeCloseTo(Math.PI ** 2 / 6, 12);
    expect(hurwitzZeta(4, 1)).toBeCloseTo(Math.PI ** 4 / 90, 12);
    expect(hurwitzZeta(2, 3)).toBeCloseTo(Math.PI ** 2 / 6 - 1 - 1 / 4, 12);
    // Tail [1,1,1,2]: the MLE satisfies d/dα [−4 ln ζ(α,1) − α ln 2] = 0.
    const tail = Float64Array.from([1, 1, 1, 2]);
    const a = discreteAlpha(tail, 1);
    const ll = (s: number) => -4 * Math.log(hurwitzZeta(s, 1)) - s * Math.log(2);
    expect((ll(a + 1e-5) - ll(a - 1e-5)) / 2e-5).toBeCloseTo(0, 4);
  });
  it('comment specificity', () => {
    const g = tiny(
      [
        { id: 'P1', author: 'a', h: 0, text: 'crab ocean' },
        { id: 'P2', author: 'b', h: 0, text: 'token memory' },
      ],
      [
        // Own post: {crab}/{crab, ocean, memory} = 1/3; only random post P2: {memory}/{crab, memory, token} = 1/3 → 0.
        { id: 'k1', post: 'P1', author: 'b', h: 1, text: 'The crab memory' },
        // Own: {token}/{token, memory, model} = 1/3; random P1: 0 → 1/3.
        { id: 'k2', post: 'P2', author: 'a', h: 1, text: 'token model' },
      ],
    );
    const r = commentSpecificity(g, { randomPosts: 10 });
    expect(r.specificity.mean).toBeCloseTo(1 / 6, 12);
    expect(r.noDistinguishingShare).toBe(0.5);
    expect(r.zeroOverlapShare).toBe(0);
  });
});

describe('§7 consensus probing by hand', () => {
  it('counts names and references in the probe thread', () => {
    const g = tiny(
      [
        { id: 'probe', author: 'alice', h: 0 },
        { id: 'P2', author: 'bob', h: 0 },
        { id: 'P3', author: 'carol', h: 0 },
      ],
      [
        { id: 'k1', post: 'probe', author: 'bob', h: 1, text: 'ask @alice and @ghost' },
        {
          id: 'k2',
          post: 'probe',
          author: 'carol',
          h: 1,
          text: 'alice is great, see https://moltbook.com/post/P2',
        },
        { id: 'k3', post: 'probe', author: 'bob', h: 1, text: '@Alice again; also bob' },
        { id: 'k4', post: 'P2', author: 'bob', h: 1, text: '@carol elsewhere' },
      ],
    );
    const r = consensus(g, { postId: 'probe' });
    // Names per comment: k1 {alice, ghost}, k2 {alice} (bare), k3 {alice} ("bob" < 4 letters).
    // Counts alice 3, ghost 1: top-1 share 3/4, entropy −(¾log₂¾ + ¼log₂¼) = 0.811278 bits.
    expect(r.comments).toBe(3);
    expect(r.agents.mentions).toBe(4);
    expect(r.agents.top1Share).toBeCloseTo(0.75, 12);
    expect(r.agents.entropyBits).toBeCloseTo(-(0.75 * Math.log2(0.75) + 0.25 * Math.log2(0.25)), 12);
    // Explicit handles: alice, ghost → ghost missing: 1/2 of names, 1/3 of handle mentions.
    expect(r.agents.missingShare).toBe(0.5);
    expect(r.agents.missingMentionShare).toBeCloseTo(1 / 3, 12);
    expect(r.posts.top).toEqual([{ name: 'P2', count: 1, exists: true }]);
    expect(r.posts.missingShare).toBe(0);
  });
});
