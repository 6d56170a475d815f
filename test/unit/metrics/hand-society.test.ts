import { describe, expect, it } from 'vitest';
import { stabilization } from '../../../src/core/metrics/stabilization.ts';
import { knnDensity } from '../../../src/core/metrics/knn-density.ts';
import { lexicalTurnover } from '../../../src/core/metrics/lexical-turnover.ts';
import { datasetSummary } from '../../../src/core/metrics/summary.ts';
import { tiny } from './tiny-frame.ts';

// Day 0: (1,0) and (0,1); day 1: (1,0) twice.
const frame = tiny([
  { id: 'p1', author: 'a', h: 1, vec: [1, 0], text: 'a b' },
  { id: 'p2', author: 'b', h: 2, vec: [0, 1], text: 'a c' },
  { id: 'p3', author: 'a', h: 25, vec: [1, 0], text: 'a b' },
  { id: 'p4', author: 'c', h: 26, vec: [1, 0], text: 'x' },
  { id: 'p5', author: 'c', h: 49, text: 'b d' },
]);

describe('§1 stabilization by hand', () => {
  it('centroid, pairwise and consecutive values', () => {
    const r = stabilization(frame, { permutations: 0 }, { endDay: 1 });
    // Sums: day 0 S0 = (1,1), n0 = 2; day 1 S1 = (2,0), n1 = 2.
    // Centroid cos = S0·S1 / (|S0||S1|) = 2 / (√2 · 2) = 1/√2.
    expect(r.centroidMatrix[0][1]).toBeCloseTo(Math.SQRT1_2, 9);
    expect(r.consecutiveCentroid[1]).toBeCloseTo(Math.SQRT1_2, 9);
    // Within day 0: (|S0|² − n)/(n(n−1)) = (2 − 2)/2 = 0 (the two posts are orthogonal).
    // Within day 1: (4 − 2)/2 = 1 (identical posts).
    expect(r.withinPairwise).toEqual([0, 1].map((x) => expect.closeTo(x, 9)));
    // Cross: S0·S1/(n0·n1) = 2/4 = 0.5 (pairs 1, 1, 0, 0).
    expect(r.pairwiseMatrix[0][1]).toBeCloseTo(0.5, 9);
    expect(r.consecutiveCentroid[0]).toBeNull();
    expect(r.counts).toEqual([2, 2]);
  });
  it('kNN density with K = 1', () => {
    // Day 0: each post's only neighbour is orthogonal → 0. Day 1: identical → 1.
    const r = knnDensity(frame, { k: 1, permutations: 0 }, { endDay: 1 });
    expect(r.density[0]).toBeCloseTo(0, 9);
    expect(r.density[1]).toBeCloseTo(1, 9);
    expect(r.sampled).toBe(false);
  });
  it('kNN density samples large days and says so', () => {
    const r = knnDensity(frame, { k: 1, sampleMax: 2, permutations: 0 }, {});
    expect(r.sampled).toBe(false);
    const r2 = knnDensity(frame, { k: 1, sampleMax: 1, permutations: 0 }, { endDay: 1 });
    expect(r2.sampled).toBe(true);
    expect(r2.used).toEqual([1, 1]);
  });
});

describe('§2 lexical turnover by hand', () => {
  it('birth and death rates of unigrams and bigrams', () => {
    // Unigram counts: a 3, b 3, c 1, d 1, x 1 → kept {a, b} (frequency ≥ 2).
    // A0 = {a, b}, A1 = {a, b}, A2 = {b}.
    const r = lexicalTurnover(frame, { maxN: 2, minFreq: 2 });
    const [uni, bi] = r.series;
    expect(uni.distinct).toEqual([2, 2, 1]);
    // Birth: day 0 everything new (1); days 1, 2 nothing new (0).
    expect(uni.birth).toEqual([1, 0, 0]);
    // Death: day 1 A0\A1 = {} → 0; day 2 A1\A2 = {a} → 1/2; a never returns → forever 1/2 too.
    expect(uni.death).toEqual([null, 0, 0.5]);
    expect(uni.deathForever).toEqual([null, 0, 0.5]);
    // Bigrams: "a b" ×2 kept; "a c", "b d" once → dropped. A = [{ab}, {ab}, {}].
    expect(bi.birth).toEqual([1, 0, null]);
    expect(bi.death).toEqual([null, 0, 1]);
    // What each day's rates rest on: its items of the chosen kinds, as the day summary counts them.
    const days = datasetSummary(frame).days;
    const perDay = (d: (typeof days)[number]) =>
      (r.params.kinds.includes('posts') ? d.posts : 0) +
      (r.params.kinds.includes('comments') ? d.comments : 0);
    expect(r.counts).toEqual(days.map(perDay));
    expect(r.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
  it('under a date filter the days before it are history, not births', () => {
    // Days 1..2 only: counts over them are a 1, b 2, x 1 → kept {b}; A1 = {b}, A2 = {b}.
    // b was used on day 0, so day 1 has no birth (the filter's first day is not 100% new).
    const r = lexicalTurnover(frame, { maxN: 1, minFreq: 2 }, { startDay: 1, endDay: 2 });
    expect(r.series[0].distinct).toEqual([1, 1]);
    expect(r.series[0].birth).toEqual([0, 0]);
    expect(r.counts).toEqual(lexicalTurnover(frame, { maxN: 1, minFreq: 2 }).counts.slice(1, 3));
    // With minFreq 1: A1 = {a, b, x}, A2 = {b, d}; x and d are new, a and b were seen on day 0.
    const all = lexicalTurnover(frame, { maxN: 1, minFreq: 1 }, { startDay: 1, endDay: 2 });
    expect(all.series[0].birth).toEqual([1 / 3, 1 / 2]);
    expect(all.series[0].death).toEqual([null, 2 / 3]);
  });
});

describe('dataset summary by hand', () => {
  it('totals and per-day counts', () => {
    const s = datasetSummary(frame);
    expect(s.posts).toBe(5);
    expect(s.days.map((d) => d.posts)).toEqual([2, 2, 1]);
    expect(s.postAuthors).toBe(3);
    // a and c both have 2 posts; ties broken by agent index (a first).
    expect(s.topAgents.map((a) => [a.agent, a.posts])).toEqual([
      ['a', 2],
      ['c', 2],
      ['b', 1],
    ]);
    expect(s.commentsPerPost.mean).toBe(0);
  });
});
