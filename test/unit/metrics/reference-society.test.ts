import { describe, expect, it } from 'vitest';
import { stabilization } from '../../../src/core/metrics/stabilization.ts';
import { knnDensity } from '../../../src/core/metrics/knn-density.ts';
import { lexicalTurnover } from '../../../src/core/metrics/lexical-turnover.ts';
import { datasetSummary } from '../../../src/core/metrics/summary.ts';
import { refKnn, refStabilization, refTurnover } from '../../../src/core/metrics/reference/society.ts';
import { rowsOf } from '../../../src/core/metrics/reference/util.ts';
import type { FrameFilter } from '../../../src/core/frame.ts';
import { randomFrame } from './random-frame.ts';

const close = (a: number | null, b: number) => {
  if (Number.isNaN(b)) expect(a).toBeNull();
  else expect(a).toBeCloseTo(b, 6);
};

const FILTERS: FrameFilter[] = [{}, { startDay: 1, endDay: 3, submolts: [0, 2] }];

describe('engine agrees with the plain reference (society level)', () => {
  for (const seed of [1, 2, 3]) {
    const frame = randomFrame({ seed, posts: 120, comments: 300 });
    for (const filter of FILTERS) {
      const f = {
        startDay: filter.startDay ?? 0,
        endDay: filter.endDay ?? frame.days - 1,
        submolts: filter.submolts,
      };
      it(`stabilization matrices and curves (seed ${seed}, ${JSON.stringify(filter)})`, () => {
        for (const kind of ['posts', 'comments'] as const) {
          const got = stabilization(frame, { kind, permutations: 0 }, f);
          const ref = refStabilization(frame, kind, f);
          ref.centroid.forEach((row, i) => row.forEach((v, j) => close(got.centroidMatrix[i][j], v)));
          ref.pairwise.forEach((row, i) => row.forEach((v, j) => close(got.pairwiseMatrix[i][j], v)));
          ref.pairwise.forEach((row, i) => close(got.withinPairwise[i], row[i]));
          for (let t = 1; t < ref.centroid.length; t++) {
            close(got.consecutiveCentroid[t], ref.centroid[t - 1][t]);
            close(got.consecutivePairwise[t], ref.pairwise[t - 1][t]);
          }
        }
      });
      it(`kNN density (seed ${seed}, ${JSON.stringify(filter)})`, () => {
        const got = knnDensity(frame, { k: 3, permutations: 0 }, f);
        expect(got.sampled).toBe(false);
        refKnn(frame, 'posts', 3, f).forEach((v, t) => close(got.density[t], v));
      });
      it(`lexical turnover (seed ${seed}, ${JSON.stringify(filter)})`, () => {
        const got = lexicalTurnover(frame, { maxN: 3, minFreq: 2 }, f);
        refTurnover(frame, 3, 2, f).forEach((ref, n) => {
          ref.birth.forEach((v, t) => close(got.series[n].birth[t], v));
          ref.death.forEach((v, t) => close(got.series[n].death[t], v));
          ref.forever.forEach((v, t) => close(got.series[n].deathForever[t], v));
        });
      });
      it(`dataset summary counts (seed ${seed}, ${JSON.stringify(filter)})`, () => {
        const got = datasetSummary(frame, {}, f);
        const posts = rowsOf(frame.posts, f);
        const comments = rowsOf(frame.comments, f);
        expect(got.posts).toBe(posts.length);
        expect(got.comments).toBe(comments.length);
        expect(got.days.reduce((s, d) => s + d.posts, 0)).toBe(posts.length);
        const perPost = posts.map((p) => comments.filter((c) => frame.comments.post[c] === p).length);
        close(got.commentsPerPost.mean, perPost.reduce((s, x) => s + x, 0) / perPost.length);
        expect(got.postAuthors).toBe(
          new Set(posts.map((p) => frame.posts.author[p]).filter((a) => a !== -1)).size,
        );
      });
    }
  }
  it('null band: permuted labels erase a planted day effect, and reruns are identical', () => {
    const frame = randomFrame({ seed: 9, posts: 300, comments: 10, dim: 8 });
    // Plant: every post of day t points mostly along axis t, so consecutive days differ sharply.
    const v = frame.posts.vectors!;
    for (let i = 0; i < frame.posts.n; i++) {
      for (let d = 0; d < 8; d++) v[i * 8 + d] = (d === frame.posts.day[i] % 8 ? 1 : 0) + 0.1 * v[i * 8 + d];
      const norm = Math.hypot(...v.subarray(i * 8, i * 8 + 8));
      for (let d = 0; d < 8; d++) v[i * 8 + d] /= norm;
    }
    const got = stabilization(frame, { permutations: 20, seed: 3 }, { endDay: 3 });
    for (let t = 1; t < 4; t++) {
      expect(got.null!.consecutiveCentroid.p05[t]!).toBeLessThanOrEqual(
        got.null!.consecutiveCentroid.p95[t]!,
      );
      expect(got.consecutiveCentroid[t]!).toBeLessThan(got.null!.consecutiveCentroid.p05[t]!);
    }
    expect(stabilization(frame, { permutations: 20, seed: 3 }, { endDay: 3 })).toEqual(got);
  });
});

describe('lexical turnover over posts and comments, by week and by hour, agrees with the reference', () => {
  for (const seed of [4, 5]) {
    // 20 days, so weeks have several buckets and the second filter cuts weeks in the middle.
    const frame = randomFrame({ seed, days: 20, posts: 160, comments: 320 });
    for (const f of [{}, { startDay: 3, endDay: 16, submolts: [0, 2] }] as FrameFilter[]) {
      it(`seed ${seed}, ${JSON.stringify(f)}`, () => {
        const kinds = ['posts', 'comments'] as ('posts' | 'comments')[];
        for (const unit of ['week', 'hour'] as const) {
          const got = lexicalTurnover(frame, { maxN: 2, minFreq: 3, kinds, unit }, f);
          expect(got.buckets.length).toBeGreaterThan(1);
          refTurnover(frame, 2, 3, f, { kinds, unit }).forEach((ref, n) => {
            // The engine's hour range ends at the last hour with an item; the reference's at 23:00.
            got.buckets.forEach((_, t) => {
              close(got.series[n].birth[t], ref.birth[t]);
              close(got.series[n].death[t], ref.death[t]);
              close(got.series[n].deathForever[t], ref.forever[t]);
            });
          });
        }
      });
    }
  }
});
