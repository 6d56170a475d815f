/** Each finding rule at its boundaries, on hand-made diagnostic results. */
import { describe, expect, it } from 'vitest';
import { convergenceVerdict } from '../../../src/core/findings/convergence.ts';
import { driftVerdict } from '../../../src/core/findings/drift.ts';
import { feedbackVerdict } from '../../../src/core/findings/feedback.ts';
import { inequalityVerdict } from '../../../src/core/findings/inequality.ts';
import { influenceVerdict } from '../../../src/core/findings/influence.ts';
import { callInterval } from '../../../src/core/findings/interval-rule.ts';
import {
  MIN_AGENTS_FOR_MEDIAN,
  MIN_GRAPH_NODES_PER_DAY,
  MIN_INEQUALITY_AGENTS,
  MIN_INFLUENCE_EVENTS,
  MIN_ITEMS_PER_DAY,
  MIN_RECIPROCITY_PAIRS,
  MIN_REPLY_COMMENTS,
  MIN_THREADS,
} from '../../../src/core/findings/min-evidence.ts';
import { persistenceVerdict, sharedFromJaccard } from '../../../src/core/findings/persistence.ts';
import { reciprocityVerdict } from '../../../src/core/findings/reciprocity.ts';
import { replyIncidenceVerdict, threadDepthVerdict } from '../../../src/core/findings/threads.ts';
import {
  FEEDBACK_EFFECT,
  GINI_GAP,
  INFLUENCE_EFFECT,
  PERSISTENT_KEPT,
} from '../../../src/core/findings/thresholds.ts';
import { INEQUALITY_DEFAULTS } from '../../../src/core/metrics/inequality.ts';
import { RECIPROCITY_DEFAULTS } from '../../../src/core/metrics/reciprocity.ts';
import { THREAD_DEFAULTS, type ThreadResult } from '../../../src/core/metrics/threads.ts';
import {
  driftResult,
  feedbackResult,
  influenceResult,
  interval,
  jaccard10,
  persistenceResult,
  stabilizationResult,
} from './fixtures.ts';

const E = INFLUENCE_EFFECT.value;
const N = MIN_INFLUENCE_EVENTS.value;

describe('the interval rule', () => {
  it('an interval touching 0 contains it: no effect is claimed', () => {
    expect(callInterval(interval(N, 0.01, 0, 0.015), N, E).call).toBe('within');
    expect(callInterval(interval(N, -0.01, -0.015, 0), N, E).call).toBe('within');
    expect(callInterval(interval(N, 0.01, 1e-12, 0.015), N, E).call).toBe('above');
    expect(callInterval(interval(N, -0.01, -0.015, -1e-12), N, E).call).toBe('below');
  });
  it('an interval reaching ±effect is too wide to rule the effect out', () => {
    expect(callInterval(interval(N, 0, -0.01, E), N, E).call).toBe('too wide');
    expect(callInterval(interval(N, 0, -E, 0.01), N, E).call).toBe('too wide');
    expect(callInterval(interval(N, 0, -E + 1e-9, E - 1e-9), N, E).call).toBe('within');
  });
  it('too few values, or no interval, cannot say', () => {
    expect(callInterval(interval(N - 1, 0.05, 0.04, 0.06), N, E).call).toBe('too few');
    expect(callInterval(interval(N, 0.05, 0.04, 0.06), N, E).call).toBe('above');
    expect(callInterval({ n: N, median: 0.05, lo: null, hi: null, subsampled: false }, N, E).call).toBe(
      'no interval',
    );
  });
});

describe('influence', () => {
  const v = (m: ReturnType<typeof interval>) => influenceVerdict(influenceResult(m)).verdict;
  it('detected when the interval excludes 0, in either direction', () => {
    expect(v(interval(N, 0.03, 0.02, 0.035))).toBe('detected');
    expect(v(interval(N, -0.03, -0.035, -0.02))).toBe('detected');
  });
  it('not detected when it contains 0 inside ±effect; not enough data when wider or too few', () => {
    expect(v(interval(N, 0, -0.005, 0.005))).toBe('not detected');
    expect(v(interval(N, 0, 0, 0.005))).toBe('not detected');
    expect(v(interval(N, 0, -0.05, 0.04))).toBe('not enough data');
    expect(v(interval(N - 1, 0.03, 0.02, 0.035))).toBe('not enough data');
  });
  it('without embeddings there is nothing to judge', () => {
    const r = { ...influenceResult(interval(N, 0.03, 0.02, 0.035)), semantic: null };
    expect(influenceVerdict(r).verdict).toBe('not enough data');
  });
});

describe('feedback', () => {
  const M = MIN_AGENTS_FOR_MEDIAN.value;
  const F = FEEDBACK_EFFECT.value;
  const v = (m: ReturnType<typeof interval>) => feedbackVerdict(feedbackResult(m)).verdict;
  it('follows the interval rule with its own minimum and effect size', () => {
    expect(v(interval(M, 0.02, 0.005, 0.035))).toBe('detected');
    expect(v(interval(M, 0, -0.01, 0.01))).toBe('not detected');
    expect(v(interval(M, 0, -F, 0.01))).toBe('not enough data');
    expect(v(interval(M - 1, 0.02, 0.005, 0.035))).toBe('not enough data');
  });
});

describe('drift', () => {
  const M = MIN_AGENTS_FOR_MEDIAN.value;
  it('detected only above the 95% end of the shuffled band', () => {
    expect(driftVerdict(driftResult(M, [0.26, 0.2, 0.21], [0, -0.01, 0.01])).verdict).toBe('detected');
    expect(driftVerdict(driftResult(M, [0.21, 0.2, 0.21], [0, -0.01, 0.01])).verdict).toBe('not detected');
    expect(driftVerdict(driftResult(M, [0.15, 0.2, 0.21], [0, -0.01, 0.01])).verdict).toBe('not detected');
    expect(driftVerdict(driftResult(M - 1, [0.26, 0.2, 0.21], [0, -0.01, 0.01])).verdict).toBe(
      'not enough data',
    );
    expect(driftVerdict({ ...driftResult(M, [0.26, 0.2, 0.21], [0, -0.01, 0.01]), null: null }).verdict).toBe(
      'not enough data',
    );
  });
  it('the direction follows the pull against its band', () => {
    const s = (pull: number) => driftVerdict(driftResult(M, [0.26, 0.2, 0.21], [pull, -0.01, 0.01])).sentence;
    expect(s(0.02)).toContain('toward the society');
    expect(s(-0.02)).toContain('away from the society');
    expect(s(0.01)).toContain('neither toward nor away');
  });
});

describe('persistence', () => {
  const big = MIN_GRAPH_NODES_PER_DAY.value;
  it('recovers shared counts from Jaccard', () => {
    for (let s = 0; s <= 10; s++) expect(sharedFromJaccard(jaccard10(s), 10)).toBe(s);
  });
  it('detected at the kept minimum on the median pair, not detected below', () => {
    const days = Array(7).fill(big);
    const at = PERSISTENT_KEPT.value;
    expect(persistenceVerdict(persistenceResult(days, [null, at, at, at, 0, 0, at])).verdict).toBe(
      'detected',
    );
    expect(
      persistenceVerdict(persistenceResult(days, [null, at - 1, at - 1, at - 1, at - 1, 5, 5])).verdict,
    ).toBe('not detected');
  });
  it('pairs with a small day graph do not count; too few pairs cannot say', () => {
    const small = [big, big, big - 1, big, big, big, big];
    // Pairs (1,2) and (2,3) touch the small day: 4 pairs left, one short of the minimum of 5.
    expect(persistenceVerdict(persistenceResult(small, [null, 5, 5, 5, 5, 5, 5])).verdict).toBe(
      'not enough data',
    );
    expect(persistenceVerdict(persistenceResult(Array(6).fill(big), [null, 5, 5, 5, 5, 5])).verdict).toBe(
      'detected',
    );
  });
});

describe('convergence', () => {
  const n = MIN_ITEMS_PER_DAY.value;
  const band = (lo: number) => ({ p05: [null, lo, lo, lo, lo, lo], p95: [null, 1, 1, 1, 1, 1] });
  it('converges when more than half of the later points reach the permuted band', () => {
    const counts = Array(6).fill(n);
    // Eligible points t = 1..5; later half t = 3..5.
    const r = (c: number[]) =>
      convergenceVerdict(stabilizationResult(counts, [null, ...c], band(0.99))).verdict;
    expect(r([0.5, 0.5, 0.99, 0.995, 0.5])).toBe('converges');
    expect(r([0.99, 0.99, 0.99, 0.5, 0.5])).toBe('does not converge');
  });
  it('small days are left out; fewer than the minimum points cannot say', () => {
    const counts = [n, n, n - 1, n, n, n];
    const c = [null, 0.99, 0.99, 0.99, 0.99, 0.99];
    // Points 2 and 3 touch the small day: 1, 4 and 5 remain (3 points, the minimum).
    expect(convergenceVerdict(stabilizationResult(counts, c, band(0.9))).evidence.days).toBe(3);
    expect(convergenceVerdict(stabilizationResult(counts, c, band(0.9))).verdict).toBe('converges');
    const fewer = [n, n, n - 1, n, n - 1, n];
    expect(convergenceVerdict(stabilizationResult(fewer, c, band(0.9))).verdict).toBe('not enough data');
    expect(convergenceVerdict(stabilizationResult(Array(6).fill(n), c, null)).verdict).toBe(
      'not enough data',
    );
  });
});

describe('network facts', () => {
  it('reciprocity is measured from its minimum number of pairs', () => {
    const r = (pairs: number) =>
      reciprocityVerdict({ params: RECIPROCITY_DEFAULTS, pairs, reciprocated: 10, reciprocity: 10 / pairs });
    expect(r(MIN_RECIPROCITY_PAIRS.value).verdict).toBe('measured');
    expect(r(MIN_RECIPROCITY_PAIRS.value - 1).verdict).toBe('not enough data');
  });
  it('inequality is detected from the stated Gini gap', () => {
    const r = (agents: number, up: number, posts: number) =>
      inequalityVerdict({ params: INEQUALITY_DEFAULTS, agents, upvoteGini: up, postGini: posts }).verdict;
    const A = MIN_INEQUALITY_AGENTS.value;
    // A Gini of 0 for posts keeps the gap exact (0.6 − 0.5 is not 0.1 in floating point).
    expect(r(A, GINI_GAP.value, 0)).toBe('detected');
    expect(r(A, GINI_GAP.value - 1e-9, 0)).toBe('not detected');
    expect(r(A - 1, 0.99, 0.5)).toBe('not enough data');
  });
  it('thread depth and reply incidence need their minimum threads and comments', () => {
    const t = (threads: number, comments: number): ThreadResult => ({
      params: THREAD_DEFAULTS,
      threads,
      meanMaxDepthPaper: 1.4,
      meanMaxDepthApi: 0.4,
      medianMaxDepthPaper: 1,
      deepShare: 0.001,
      meanDepthPaper: 1.05,
      maxDepthHistogram: [0, threads],
      comments,
      replyIncidence: 0.09,
      medianReplyDelaySec: 4.6,
      p25ReplyDelaySec: 2,
      p75ReplyDelaySec: 12,
      negativeDelays: 0,
    });
    expect(threadDepthVerdict(t(MIN_THREADS.value, 0)).verdict).toBe('measured');
    expect(threadDepthVerdict(t(MIN_THREADS.value - 1, 0)).verdict).toBe('not enough data');
    expect(replyIncidenceVerdict(t(0, MIN_REPLY_COMMENTS.value)).verdict).toBe('measured');
    expect(replyIncidenceVerdict(t(0, MIN_REPLY_COMMENTS.value - 1)).verdict).toBe('not enough data');
  });
});
