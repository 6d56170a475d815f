/** Hand-made diagnostic results for the finding-rule tests: only the fields a rule reads vary. */
import type { MedianInterval } from '../../../src/core/metrics/bootstrap.ts';
import { DRIFT_DEFAULTS, type DriftResult } from '../../../src/core/metrics/drift.ts';
import { FEEDBACK_DEFAULTS, type FeedbackResult } from '../../../src/core/metrics/feedback.ts';
import { INFLUENCE_DEFAULTS, type InfluenceResult } from '../../../src/core/metrics/influence.ts';
import {
  PERSISTENCE_DEFAULTS,
  type PersistenceResult,
} from '../../../src/core/metrics/influence-persistence.ts';
import { STABILIZATION_DEFAULTS, type StabilizationResult } from '../../../src/core/metrics/stabilization.ts';

export function interval(n: number, median: number, lo: number, hi: number): MedianInterval {
  return { n, median, lo, hi, subsampled: false };
}

export function influenceResult(difference: MedianInterval): InfluenceResult {
  return {
    params: INFLUENCE_DEFAULTS,
    events: difference.n,
    semantic: { observed: difference, null: interval(difference.n, 0, -0.01, 0.01), difference },
    lexical: null,
    perAgent: { agents: [0, 1, 2], events: [1, 1, 1], influence: [0, 0, 0], nullInfluence: [0, 0, 0] },
  };
}

export function feedbackResult(median: MedianInterval): FeedbackResult {
  const n = median.n;
  return {
    params: FEEDBACK_DEFAULTS,
    agents: Array.from({ length: n }, (_, i) => i),
    posts: Array(n).fill(20),
    steps: Array(n).fill(1),
    netProgress: Array(n).fill(median.median ?? 0),
    median,
    meanStep: median.median,
  };
}

export function driftResult(agents: number, drift: [number, number, number], pull: [number, number, number]) {
  const r: DriftResult = {
    params: DRIFT_DEFAULTS,
    agents: Array.from({ length: agents }, (_, i) => i),
    posts: Array(agents).fill(10),
    drift: Array(agents).fill(drift[0]),
    consistency: Array(agents).fill(0),
    pull: Array(agents).fill(pull[0]),
    medians: { drift: drift[0], consistency: 0, pull: pull[0] },
    null: {
      drift: { observed: drift[0], nullMedian: (drift[1] + drift[2]) / 2, p05: drift[1], p95: drift[2] },
      pull: { observed: pull[0], nullMedian: (pull[1] + pull[2]) / 2, p05: pull[1], p95: pull[2] },
    },
  };
  return r;
}

/** Jaccard of two top-10 sets sharing s agents. */
export const jaccard10 = (s: number) => s / (20 - s);

/** A persistence result over days with the given graph sizes and top-10 agents shared with the day before. */
export function persistenceResult(nodes: number[], shared: (number | null)[]): PersistenceResult {
  const consecutive = shared.map((s, t) => (t === 0 || s === null ? null : jaccard10(s)));
  return {
    params: PERSISTENCE_DEFAULTS,
    buckets: nodes.map((_, t) => t),
    startMs: nodes.map((_, t) => t * 86_400_000),
    nodes,
    edges: nodes,
    iterations: nodes.map(() => 10),
    topShare: nodes.map(() => 0.3),
    overlap: [
      { k: 10, consecutive, fromFirst: nodes.map(() => null) },
      { k: 50, consecutive: nodes.map(() => null), fromFirst: nodes.map(() => null) },
    ],
    leaders: nodes.map(() => []),
  };
}

/** A stabilization result with the given day counts, consecutive centroid curve and null band. */
export function stabilizationResult(
  counts: number[],
  centroid: (number | null)[],
  band: { p05: (number | null)[]; p95: (number | null)[] } | null,
): StabilizationResult {
  const nul = (xs: (number | null)[]) => ({ p05: xs, p95: xs });
  return {
    params: STABILIZATION_DEFAULTS,
    buckets: counts.map((_, t) => t),
    startMs: counts.map((_, t) => t * 86_400_000),
    counts,
    centroidMatrix: [],
    pairwiseMatrix: [],
    consecutiveCentroid: centroid,
    consecutivePairwise: centroid.map(() => 0.1),
    withinPairwise: counts.map(() => 0.12),
    null: band
      ? {
          consecutiveCentroid: band,
          consecutivePairwise: nul(counts.map(() => 0.1)),
          withinPairwise: nul(counts.map(() => 0.12)),
        }
      : null,
  };
}
