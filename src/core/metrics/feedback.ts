/**
 * §4 Feedback adaptation: does an agent's writing move toward its own best-scored posts and away
 * from its worst? Net progress NP = Δ_L − Δ_H over consecutive windows of w posts.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { bootstrapMedian, type MedianInterval } from './bootstrap.ts';
import { groupByAuthor } from './group.ts';
import { mulberry32 } from './rng.ts';
import { hasVector, selectRows } from './select.ts';
import { cosAt, sumRows } from './vectors.ts';

export interface FeedbackParams {
  /** Share of an agent's posts forming the high (top) and low (bottom) feedback sets. */
  share: number;
  w: number;
  /** Step between window starts; w means non-overlapping consecutive windows. */
  stride: number;
  /** Agents need at least this many posts (two full windows at the least). */
  minPosts: number;
  bootstrap: number;
  level: number;
  seed: number;
}

export const FEEDBACK_DEFAULTS: FeedbackParams = {
  share: 0.3,
  w: 10,
  stride: 10,
  minPosts: 20,
  bootstrap: 1000,
  level: 0.99,
  seed: 1,
};

export interface FeedbackResult {
  params: FeedbackParams;
  /** Per eligible agent: index, post count, window steps and mean net progress over its steps. */
  agents: number[];
  posts: number[];
  steps: number[];
  netProgress: number[];
  /** Median over agents of their mean NP, with a bootstrap interval. */
  median: MedianInterval;
  /** Mean NP over all window steps of all agents. */
  meanStep: number | null;
}

/** 32-bit FNV-1a hash of a string: a time-independent tie-breaker. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The top or bottom `k` rows by score. Ties are broken by a hash of the post id, not by time:
 * most posts tie (score 0), and a time-ordered tie-break would put an agent's earliest posts into
 * L, making every agent look as if it moved away from L.
 */
function extremes(rows: Int32Array, score: Float64Array, ids: string[], k: number, top: boolean): Int32Array {
  const idx = Array.from(rows);
  const tie = new Map(idx.map((r) => [r, fnv1a(ids[r])]));
  idx.sort((a, b) => (top ? score[b] - score[a] : score[a] - score[b]) || tie.get(a)! - tie.get(b)! || a - b);
  return Int32Array.from(idx.slice(0, k));
}

/** §4 net progress per agent. */
export function feedbackAdaptation(
  frame: Frame,
  params: Partial<FeedbackParams> = {},
  filter: FrameFilter = {},
): FeedbackResult {
  const p = { ...FEEDBACK_DEFAULTS, ...params };
  const { posts, dim } = frame;
  const res: FeedbackResult = {
    params: p,
    agents: [],
    posts: [],
    steps: [],
    netProgress: [],
    median: bootstrapMedian([], p.level, 0, Math.random),
    meanStep: null,
  };
  if (!posts.vectors) return res;
  const vectors = posts.vectors;
  const rows = selectRows(posts, filter).filter((i) => hasVector(posts, i));
  const g = groupByAuthor(posts, rows);
  let stepSum = 0;
  let stepN = 0;
  for (let a = 0; a < g.agent.length; a++) {
    const own = g.order.subarray(g.start[a], g.start[a + 1]);
    const n = own.length;
    if (n < Math.max(p.minPosts, p.w + p.stride)) continue;
    const k = Math.max(1, Math.floor(p.share * n));
    const H = sumRows(vectors, extremes(own, posts.score, posts.ids, k, true), dim);
    const L = sumRows(vectors, extremes(own, posts.score, posts.ids, k, false), dim);
    let prev: Float64Array | null = null;
    let total = 0;
    let steps = 0;
    for (let s = 0; s + p.w <= n; s += p.stride) {
      const win = sumRows(vectors, own, dim, s, s + p.w);
      if (prev) {
        // dist = 1 − cos, so Δ_H = cos(prev, H) − cos(next, H).
        const dH = cosAt(prev, 0, H, 0, dim) - cosAt(win, 0, H, 0, dim);
        const dL = cosAt(prev, 0, L, 0, dim) - cosAt(win, 0, L, 0, dim);
        total += dL - dH;
        steps++;
      }
      prev = win;
    }
    if (steps === 0) continue;
    res.agents.push(g.agent[a]);
    res.posts.push(n);
    res.steps.push(steps);
    res.netProgress.push(total / steps);
    stepSum += total;
    stepN += steps;
  }
  res.median = bootstrapMedian(res.netProgress, p.level, p.bootstrap, mulberry32(p.seed));
  res.meanStep = stepN ? stepSum / stepN : null;
  return res;
}
