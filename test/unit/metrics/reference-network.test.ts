import { describe, expect, it } from 'vitest';
import { influencePersistence } from '../../../src/core/metrics/influence-persistence.ts';
import { reciprocity } from '../../../src/core/metrics/reciprocity.ts';
import { inequality } from '../../../src/core/metrics/inequality.ts';
import { hits } from '../../../src/core/metrics/hits.ts';
import { communities } from '../../../src/core/metrics/communities.ts';
import { threadStats } from '../../../src/core/metrics/threads.ts';
import { activityTail, fitDiscretePowerLaw } from '../../../src/core/metrics/power-law.ts';
import { commentSpecificity } from '../../../src/core/metrics/specificity.ts';
import { STOPWORDS } from '../../../src/core/metrics/stopwords.ts';
import {
  refDailyPageRank,
  refEdges,
  refGini,
  refModularity,
  refReciprocity,
  refThreads,
  refTop,
} from '../../../src/core/metrics/reference/network.ts';
import { refHits, refPowerLaw, refSpecificity } from '../../../src/core/metrics/reference/misc.ts';
import { medianOf, refRng, rowsOf } from '../../../src/core/metrics/reference/util.ts';
import type { FrameFilter } from '../../../src/core/frame.ts';
import { randomFrame } from './random-frame.ts';

const FILTERS: FrameFilter[] = [{}, { startDay: 1, endDay: 3, submolts: [0, 1] }];

describe('engine agrees with the plain reference (network level)', () => {
  for (const seed of [7, 8]) {
    const frame = randomFrame({ seed, agents: 25, posts: 150, comments: 500, days: 5 });
    for (const filter of FILTERS) {
      const tag = `(seed ${seed}, ${JSON.stringify(filter)})`;
      const f = {
        startDay: filter.startDay ?? 0,
        endDay: filter.endDay ?? frame.days - 1,
        submolts: filter.submolts,
      };
      it(`daily PageRank, top-5 share and top-k overlap ${tag}`, () => {
        for (const mode of ['post', 'reply'] as const) {
          const got = influencePersistence(frame, { mode, ks: [3, 5], listTop: 100 }, f);
          const ref = refDailyPageRank(frame, f, 0.85, mode);
          const tops = ref.map((r) => (r.pr.size ? refTop(r.pr, 3) : null));
          ref.forEach((r, t) => {
            if (Number.isNaN(r.top5)) return expect(got.topShare[t]).toBeNull();
            expect(got.topShare[t]!).toBeCloseTo(r.top5, 6);
            for (const { agent, score } of got.leaders[t]) expect(score).toBeCloseTo(r.pr.get(agent)!, 6);
            const prev = tops[t - 1];
            if (t > 0 && prev && tops[t]) {
              const inter = tops[t]!.filter((a) => prev.includes(a)).length;
              expect(got.overlap[0].consecutive[t]!).toBeCloseTo(inter / (6 - inter), 9);
            }
          });
        }
      });
      it(`reciprocity, Gini, HITS, modularity ${tag}`, () => {
        expect(reciprocity(frame, {}, f).reciprocity!).toBeCloseTo(refReciprocity(frame, f, 'post'), 9);
        expect(reciprocity(frame, { mode: 'reply' }, f).reciprocity!).toBeCloseTo(
          refReciprocity(frame, f, 'reply'),
          9,
        );
        const ineq = inequality(frame, {}, f);
        const posters = [
          ...new Set(
            rowsOf(frame.posts, f)
              .map((i) => frame.posts.author[i])
              .filter((a) => a !== -1),
          ),
        ];
        const postCount = posters.map(
          (a) => rowsOf(frame.posts, f).filter((i) => frame.posts.author[i] === a).length,
        );
        const ups = posters.map((a) =>
          [
            ...rowsOf(frame.posts, f)
              .filter((i) => frame.posts.author[i] === a)
              .map((i) => frame.posts.upvotes[i]),
            ...rowsOf(frame.comments, f)
              .filter((i) => frame.comments.author[i] === a)
              .map((i) => frame.comments.upvotes[i]),
          ].reduce((s, x) => s + x, 0),
        );
        expect(ineq.postGini!).toBeCloseTo(refGini(postCount), 9);
        expect(ineq.upvoteGini!).toBeCloseTo(refGini(ups), 9);
        const edges = refEdges(frame, rowsOf(frame.comments, f), 'post');
        const h = hits(frame, { listTop: 1000 }, f);
        const rh = refHits(edges);
        for (const x of h.hubs) expect(x.score).toBeCloseTo(rh.hub.get(x.agent)!, 6);
        for (const x of h.authorities) expect(x.score).toBeCloseTo(rh.auth.get(x.agent)!, 6);
        const com = communities(frame, { seed: 5 }, f);
        const membership = new Map(com.membership.map((m) => [m.agent, m.community]));
        expect(com.modularity!).toBeCloseTo(refModularity(edges, membership), 6);
        expect(communities(frame, { seed: 5 }, f)).toEqual(com);
      });
      it(`thread depth, reply incidence and delay ${tag}`, () => {
        const got = threadStats(frame, {}, f);
        const ref = refThreads(frame, f);
        expect(got.meanMaxDepthPaper!).toBeCloseTo(ref.meanMaxDepth, 9);
        expect(got.meanMaxDepthApi!).toBeCloseTo(ref.meanMaxDepth - 1, 9);
        expect(got.deepShare!).toBeCloseTo(ref.deepShare, 9);
        expect(got.replyIncidence!).toBeCloseTo(ref.incidence, 9);
        expect(got.medianReplyDelaySec!).toBeCloseTo(medianOf(ref.delays), 6);
      });
      it(`comment specificity ${tag}`, () => {
        const got = commentSpecificity(frame, { seed: 11 }, f);
        const ref = refSpecificity(frame, f, 10, 11, STOPWORDS);
        expect(got.sampled).toBe(false);
        expect(got.specificity.n).toBe(ref.length);
        expect(got.specificity.median).toBeCloseTo(medianOf(ref), 6);
        expect(got.specificity.mean).toBeCloseTo(ref.reduce((s, x) => s + x, 0) / ref.length, 6);
        expect(got.noDistinguishingShare!).toBeCloseTo(ref.filter((x) => x <= 0).length / ref.length, 9);
      });
    }
  }
  it('power-law fit matches the direct-sum reference on seeded Zipf samples', () => {
    for (const seed of [1, 2, 3]) {
      const r = refRng(seed);
      // Inverse-transform samples of a continuous power law, floored: heavy tail near α = 2.
      const values = Array.from({ length: 400 }, () => Math.floor(Math.pow(1 - r(), -1 / 1.2)));
      const got = fitDiscretePowerLaw(values, 30, 500)!;
      const ref = refPowerLaw(values, 30)!;
      expect(got.xmin).toBe(ref.xmin);
      expect(got.alpha).toBeCloseTo(ref.alpha, 6);
      expect(got.ks).toBeCloseTo(ref.ks, 6);
      expect(got.alpha).toBeGreaterThan(1.6);
      expect(got.alpha).toBeLessThan(2.8);
    }
    const frame = randomFrame({ seed: 3, agents: 60, posts: 400 });
    expect(activityTail(frame, { minTail: 5 }).alpha).toBeGreaterThan(1);
  });
});
