import { describe, expect, it } from 'vitest';
import { agentDrift } from '../../../src/core/metrics/drift.ts';
import { feedbackAdaptation } from '../../../src/core/metrics/feedback.ts';
import { influenceEvents, interactionInfluence } from '../../../src/core/metrics/influence.ts';
import {
  refAgentInfluence,
  refDrift,
  refInfluence,
  refNetProgress,
} from '../../../src/core/metrics/reference/agents.ts';
import { medianOf } from '../../../src/core/metrics/reference/util.ts';
import type { FrameFilter } from '../../../src/core/frame.ts';
import { randomFrame } from './random-frame.ts';

const FILTERS: FrameFilter[] = [{}, { startDay: 0, endDay: 2, submolts: [1, 2] }];

describe('engine agrees with the plain reference (agent level)', () => {
  for (const seed of [4, 5, 6]) {
    const frame = randomFrame({ seed, agents: 8, posts: 240, comments: 400, days: 5 });
    for (const filter of FILTERS) {
      it(`drift, consistency, pull (seed ${seed}, ${JSON.stringify(filter)})`, () => {
        const got = agentDrift(frame, { minPosts: 6, permutations: 0 }, filter);
        const ref = refDrift(frame, 6, filter);
        expect(got.agents.length).toBe(ref.size);
        expect(got.agents.length).toBeGreaterThan(2);
        got.agents.forEach((a, j) => {
          expect(got.drift[j]).toBeCloseTo(ref.get(a)!.drift, 6);
          expect(got.consistency[j]!).toBeCloseTo(ref.get(a)!.consistency, 6);
          expect(got.pull[j]).toBeCloseTo(ref.get(a)!.pull, 6);
        });
      });
      it(`net progress (seed ${seed}, ${JSON.stringify(filter)})`, () => {
        const got = feedbackAdaptation(frame, { w: 4, stride: 4, minPosts: 8, bootstrap: 50 }, filter);
        const ref = refNetProgress(frame, 0.3, 4, 4, 8, filter);
        expect(got.agents.length).toBe(ref.size);
        expect(got.agents.length).toBeGreaterThan(1);
        got.agents.forEach((a, j) => expect(got.netProgress[j]).toBeCloseTo(ref.get(a)!, 6));
        expect(got.median.median!).toBeCloseTo(medianOf([...ref.values()]), 6);
      });
      it(`semantic influence per event and null arithmetic (seed ${seed}, ${JSON.stringify(filter)})`, () => {
        const params = { w: 4, minWindow: 2 };
        const ev = influenceEvents(frame, params, filter);
        const nullOf = new Map(Array.from(ev.comment, (c, k) => [c, ev.nullPost[k]]));
        const ref = refInfluence(frame, 4, 2, filter, nullOf);
        expect(ev.comment.length).toBe(ref.size);
        expect(ev.comment.length).toBeGreaterThan(5);
        ev.comment.forEach((c, k) => {
          expect(ev.semantic[k]).toBeCloseTo(ref.get(c)!.obs, 6);
          if (ev.nullPost[k] >= 0) {
            expect(ev.semanticNull[k]).toBeCloseTo(ref.get(c)!.nul, 6);
            // The null post is another post of the same day as the commented post.
            expect(frame.posts.day[ev.nullPost[k]]).toBe(frame.posts.day[ev.post[k]]);
            expect(ev.nullPost[k]).not.toBe(ev.post[k]);
          }
        });
        const res = interactionInfluence(frame, { ...params, bootstrap: 200 }, filter);
        expect(res.semantic!.observed.median!).toBeCloseTo(medianOf([...ref.values()].map((r) => r.obs)), 6);
        expect(res.semantic!.observed.lo!).toBeLessThanOrEqual(res.semantic!.observed.median!);
        expect(res.semantic!.observed.hi!).toBeGreaterThanOrEqual(res.semantic!.observed.median!);
        // Per commenting agent: mean observed and null influence over its events.
        const perAgent = refAgentInfluence(frame, ref);
        const got = res.perAgent!;
        expect(got.agents.length).toBe(perAgent.size);
        expect(got.agents.length).toBeGreaterThan(1);
        got.agents.forEach((a, j) => {
          const want = perAgent.get(a)!;
          expect(got.events[j]).toBe(want.events);
          expect(got.influence[j]).toBeCloseTo(want.influence, 6);
          if (want.nul === null) expect(got.nullInfluence[j]).toBeNull();
          else expect(got.nullInfluence[j]!).toBeCloseTo(want.nul, 6);
        });
      });
    }
  }
});
