import { describe, expect, it } from 'vitest';
import { agentDrift } from '../../../src/core/metrics/drift.ts';
import { feedbackAdaptation } from '../../../src/core/metrics/feedback.ts';
import { influenceEvents, interactionInfluence } from '../../../src/core/metrics/influence.ts';
import { agentTrajectories } from '../../../src/core/metrics/trajectories.ts';
import { tiny } from './tiny-frame.ts';

describe('§3 drift by hand', () => {
  // X: (1,0) (1,0) | (0,1) (0,1).   Y: (1,0) (0,1) | (0,1) (0,1).
  const frame = tiny([
    ...[
      [1, 0],
      [1, 0],
      [0, 1],
      [0, 1],
    ].map((vec, i) => ({ id: `x${i}`, author: 'X', h: i, vec })),
    ...[
      [1, 0],
      [0, 1],
      [0, 1],
      [0, 1],
    ].map((vec, i) => ({ id: `y${i}`, author: 'Y', h: i, vec })),
  ]);
  it('magnitude, consistency and pull', () => {
    const r = agentDrift(frame, { minPosts: 4, permutations: 0 });
    const x = r.agents.indexOf(frame.agents.indexOf('X'));
    const y = r.agents.indexOf(frame.agents.indexOf('Y'));
    // D_X = 1 − cos((1,0),(0,1)) = 1.  D_Y = 1 − cos((1,1)/√2,(0,1)) = 1 − 1/√2.
    expect(r.drift[x]).toBeCloseTo(1, 9);
    expect(r.drift[y]).toBeCloseTo(1 - Math.SQRT1_2, 9);
    // Global sum (2,2) + (1,3) = (3,5): g = (3,5)/√34.
    // Pull_X = cos((0,1),g) − cos((1,0),g) = (5 − 3)/√34.
    // Pull_Y = 5/√34 − (3 + 5)/(√2·√34).
    expect(r.pull[x]).toBeCloseTo(2 / Math.sqrt(34), 9);
    expect(r.pull[y]).toBeCloseTo((5 - 8 / Math.SQRT2) / Math.sqrt(34), 9);
    // d_X = (−1, 1), d_Y = (−1/√2, 1 − 1/√2), d̄ = their mean; S = cos(d, d̄).
    const dX = [-1, 1];
    const dY = [-Math.SQRT1_2, 1 - Math.SQRT1_2];
    const dbar = [(dX[0] + dY[0]) / 2, (dX[1] + dY[1]) / 2];
    const cos = (a: number[], b: number[]) =>
      (a[0] * b[0] + a[1] * b[1]) / (Math.hypot(...a) * Math.hypot(...b));
    expect(r.consistency[x]!).toBeCloseTo(cos(dX, dbar), 9);
    expect(r.consistency[y]!).toBeCloseTo(cos(dY, dbar), 9);
  });
  it('shuffle null returns observed and null medians; agents below minPosts are left out', () => {
    const r = agentDrift(frame, { minPosts: 4, permutations: 20, seed: 2 });
    expect(r.null!.drift.observed).toBeCloseTo((1 + 1 - Math.SQRT1_2) / 2, 9);
    expect(r.null!.drift.p05!).toBeLessThanOrEqual(r.null!.drift.p95!);
    expect(agentDrift(frame, { minPosts: 5, permutations: 0 }).agents).toEqual([]);
  });
  it('trajectories are per-day centroids in a fixed 2-D PCA plane', () => {
    const r = agentTrajectories(frame, { agents: [frame.agents.indexOf('X')], unit: 'hour' });
    // X's hourly centroids are its four posts: two at (1,0), two at (0,1) → two distinct points.
    const pts = r.trajectories[0].points;
    expect(pts.map((p) => p.bucket)).toEqual([0, 1, 2, 3]);
    expect(pts[0].x).toBeCloseTo(pts[1].x, 9);
    expect(Math.hypot(pts[0].x - pts[2].x, pts[0].y - pts[2].y)).toBeGreaterThan(0.5);
    // Centred data spread along (1,−1)/√2 only: all variance on the first axis.
    expect(r.explained[0]).toBeCloseTo(1, 6);
  });
});

describe('§4 net progress by hand', () => {
  it('moving from the low-score to the high-score centroid gives NP = 2', () => {
    // Posts in time: (1,0) s0, (1,0) s0, (0,1) s5, (0,1) s5; share 0.5 → H = (0,1), L = (1,0).
    // Windows of 2: W1 = (1,0), W2 = (0,1). Δ_H = dist(W2,H) − dist(W1,H) = 0 − 1 = −1;
    // Δ_L = dist(W2,L) − dist(W1,L) = 1 − 0 = 1; NP = Δ_L − Δ_H = 2.
    const frame = tiny(
      [
        [1, 0, 0],
        [1, 0, 0],
        [0, 1, 5],
        [0, 1, 5],
      ].map(([a, b, up], i) => ({ id: `p${i}`, author: 'A', h: i, vec: [a, b], up })),
    );
    const r = feedbackAdaptation(frame, { share: 0.5, w: 2, stride: 2, minPosts: 4, bootstrap: 10 });
    expect(r.netProgress).toEqual([expect.closeTo(2, 9)]);
    expect(r.steps).toEqual([1]);
  });
});

describe('§5 interaction influence by hand', () => {
  // A writes two posts like (1,0) "x y", comments at hour 3 on B's post P = (0,1) "p q",
  // then writes two posts like P. Q is another post by B the same day.
  const frame = tiny(
    [
      { id: 'a1', author: 'A', h: 1, vec: [1, 0], text: 'x y' },
      { id: 'a2', author: 'A', h: 2, vec: [1, 0], text: 'x y' },
      { id: 'P', author: 'B', h: 2.5, vec: [0, 1], text: 'p q' },
      { id: 'Q', author: 'B', h: 2.6, vec: [1, 0], text: 'x z' },
      { id: 'a3', author: 'A', h: 4, vec: [0, 1], text: 'p q' },
      { id: 'a4', author: 'A', h: 5, vec: [0, 1], text: 'p q' },
    ],
    [
      { id: 'c1', post: 'P', author: 'A', h: 3 },
      { id: 'c2', post: 'a1', author: 'A', h: 3 },
    ],
  );
  it('semantic and lexical influence of the one qualifying comment', () => {
    // c2 is on A's own post: excluded. For c1: before = (1,0), after = (0,1), e(P) = (0,1):
    // I = cos(after, P) − cos(before, P) = 1 − 0 = 1.
    const ev = influenceEvents(frame, { w: 2, minWindow: 2 });
    expect(Array.from(ev.comment)).toEqual([0]);
    expect(ev.semantic[0]).toBeCloseTo(1, 9);
    // Lexical: J({p,q},{p,q}) − J({x,y},{p,q}) = 1 − 0 = 1.
    const r = interactionInfluence(frame, { w: 2, minWindow: 2, bootstrap: 20 });
    expect(r.events).toBe(1);
    expect(r.semantic!.observed.median).toBeCloseTo(1, 9);
    expect(r.lexical!.observed.median).toBeCloseTo(1, 9);
    // Per agent: only A commented on another's post; its one event gives I = 1, and its null is
    // that event's null (a random other post of the day).
    expect(r.perAgent!.agents).toEqual([frame.agents.indexOf('A')]);
    expect(r.perAgent!.events).toEqual([1]);
    expect(r.perAgent!.influence[0]).toBeCloseTo(1, 9);
    expect(r.perAgent!.nullInfluence[0]).toBeCloseTo(ev.semanticNull[0], 9);
    // Requiring 3 posts per window leaves no event.
    expect(influenceEvents(frame, { w: 3, minWindow: 3 }).comment.length).toBe(0);
  });
});
