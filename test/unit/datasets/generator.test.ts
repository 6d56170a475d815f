import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RowSink } from '../../../datasets/generate/society';
import { simulate } from '../../../datasets/generate/society';
import { defaultParams, type Scenario } from '../../../datasets/generate/params';
import { OUTAGE_END_MS, OUTAGE_START_MS, START_MS, END_MS } from '../../../datasets/generate/timeline';

/** A sink that hashes every row and checks the time window, instead of writing files. */
function hashingSink() {
  const hash = createHash('sha256');
  const stats = { posts: 0, comments: 0, outOfWindow: 0, inOutage: 0 };
  const time = (t: number) => {
    if (t < START_MS || t > END_MS) stats.outOfWindow++;
    if (t >= OUTAGE_START_MS && t < OUTAGE_END_MS) stats.inOutage++;
  };
  const sink: RowSink = {
    addPost: (r) => {
      stats.posts++;
      time(r.created_at);
      hash.update(JSON.stringify(r));
    },
    addComment: (r) => {
      stats.comments++;
      time(r.created_at);
      hash.update(JSON.stringify(r));
    },
    addAgent: (r) => hash.update(JSON.stringify(r)),
    addSubmolt: (r) => hash.update(JSON.stringify(r)),
  };
  return { sink, stats, digest: () => hash.digest('hex') };
}

describe('synthetic society generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const run = (seed: number) => {
      const h = hashingSink();
      simulate(defaultParams('socializing', 'tiny', seed), h.sink);
      return h.digest();
    };
    expect(run(7)).toBe(run(7));
    expect(run(7)).not.toBe(run(8));
  });

  // The calibration check runs the full `small` scale (20,000 posts), as committed in public/data.
  for (const scenario of ['inert', 'socializing'] as Scenario[]) {
    it(`calibrates at small scale (${scenario})`, () => {
      const h = hashingSink();
      const { calibration } = simulate(defaultParams(scenario, 'small', 20260208), h.sink);
      expect(h.stats.posts).toBe(20_000);
      expect(h.stats.outOfWindow).toBe(0);
      expect(h.stats.inOutage).toBe(0);
      expect(Math.abs(calibration.commentsPerPost - 6.33) / 6.33).toBeLessThan(0.1);
      expect(calibration.reciprocity).toBeGreaterThan(0.005);
      expect(calibration.reciprocity).toBeLessThan(0.02);
      expect(calibration.topLevelShare).toBeGreaterThanOrEqual(0.9);
      expect(calibration.giniUpvotes).toBeGreaterThan(calibration.giniPosts);
      expect(calibration.busyHoursShare).toBeGreaterThan(0.45);
      expect(calibration.busyHoursShare).toBeLessThan(0.65);
    }, 60_000);
  }
});
