/**
 * §6 Influence persistence: daily PageRank of the interaction graph, the top-5 share, and how much
 * the top-k sets carry over between consecutive days and from the first day.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { bucketEdges, localize, type EdgeMode } from './daily-graph.ts';
import { csrFromEdges, pagerank } from './pagerank.ts';
import { bucketStartMs, bucketsOf, type TimeUnit } from './select.ts';
import { bucketRange } from './stabilization.ts';
import { finiteOrNull } from './stats.ts';
import { maxOf } from '../bounded.ts';

export interface PersistenceParams {
  unit: TimeUnit;
  mode: EdgeMode;
  damping: number;
  /** Sizes of the top sets compared. */
  ks: number[];
  /** Largest PageRank values summed for the top share. */
  topShareN: number;
  tol: number;
  maxIter: number;
  /** Leaders listed per bucket for display. */
  listTop: number;
}

export const PERSISTENCE_DEFAULTS: PersistenceParams = {
  unit: 'day',
  mode: 'post',
  damping: 0.85,
  ks: [10, 50],
  topShareN: 5,
  tol: 1e-10,
  maxIter: 200,
  listTop: 10,
};

export interface PersistenceResult {
  params: PersistenceParams;
  buckets: number[];
  startMs: number[];
  nodes: number[];
  edges: number[];
  iterations: number[];
  /** Sum of the topShareN largest PageRank values; null for an empty graph. */
  topShare: (number | null)[];
  /** Per k: Jaccard of top-k sets of t−1 and t (entry 0 null), and the share of the first
   * non-empty bucket's top-k still in the top-k at t. */
  overlap: { k: number; consecutive: (number | null)[]; fromFirst: (number | null)[] }[];
  /** Leaders per bucket: agent index and PageRank. */
  leaders: { agent: number; score: number }[][];
}

/** Agents of the k highest scores, ties broken by lower agent index. */
export function topK(nodes: Int32Array, scores: Float64Array, k: number): number[] {
  const idx = Array.from(nodes.keys());
  idx.sort((a, b) => scores[b] - scores[a] || nodes[a] - nodes[b]);
  return idx.slice(0, k).map((i) => nodes[i]);
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? NaN : inter / union;
}

/** §6 daily PageRank, top-share and top-k persistence. */
export function influencePersistence(
  frame: Frame,
  params: Partial<PersistenceParams> = {},
  filter: FrameFilter = {},
): PersistenceResult {
  const p = { ...PERSISTENCE_DEFAULTS, ...params };
  const { count } = bucketsOf(frame, frame.comments, p.unit);
  const [lo, hi] = bucketRange(frame, p.unit, count, filter);
  const perBucket = bucketEdges(frame, p.unit, p.mode, filter, lo, hi);
  const maxK = Math.max(p.listTop, p.topShareN, maxOf(p.ks));
  const res: PersistenceResult = {
    params: p,
    buckets: [],
    startMs: [],
    nodes: [],
    edges: [],
    iterations: [],
    topShare: [],
    overlap: p.ks.map((k) => ({ k, consecutive: [], fromFirst: [] })),
    leaders: [],
  };
  const tops: (number[] | null)[] = [];
  for (const e of perBucket) {
    const { nodes, from, to } = localize(e);
    res.buckets.push(e.bucket);
    res.startMs.push(bucketStartMs(frame, p.unit, e.bucket));
    res.nodes.push(nodes.length);
    res.edges.push(from.length);
    if (nodes.length === 0) {
      res.iterations.push(0);
      res.topShare.push(null);
      res.leaders.push([]);
      tops.push(null);
      continue;
    }
    const { scores, iterations } = pagerank(csrFromEdges(nodes.length, from, to, e.weight), {
      damping: p.damping,
      tol: p.tol,
      maxIter: p.maxIter,
    });
    res.iterations.push(iterations);
    const ranked = topK(nodes, scores, maxK);
    const scoreOf = new Map(Array.from(nodes, (a, i) => [a, scores[i]]));
    let share = 0;
    for (const a of ranked.slice(0, p.topShareN)) share += scoreOf.get(a)!;
    res.topShare.push(share);
    res.leaders.push(ranked.slice(0, p.listTop).map((agent) => ({ agent, score: scoreOf.get(agent)! })));
    tops.push(ranked);
  }
  const first = tops.find((t) => t !== null) ?? null;
  for (const o of res.overlap) {
    const sets = tops.map((t) => (t ? new Set(t.slice(0, o.k)) : null));
    const firstSet = first ? new Set(first.slice(0, o.k)) : null;
    sets.forEach((s, t) => {
      const prev = t > 0 ? sets[t - 1] : null;
      o.consecutive.push(s && prev ? finiteOrNull(jaccard(prev, s)) : null);
      let kept: number | null = null;
      if (s && firstSet) {
        let n = 0;
        for (const a of firstSet) if (s.has(a)) n++;
        kept = n / firstSet.size;
      }
      o.fromFirst.push(kept);
    });
  }
  return res;
}
