/**
 * §6 Interaction graphs per time bucket: node = agent, edge commenter → post author (or, in reply
 * mode, → parent-comment author for replies), weight = number of comments; self-loops and unknown
 * authors dropped.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { bucketsOf, selectRows, type TimeUnit } from './select.ts';

export type EdgeMode = 'post' | 'reply';

export interface BucketEdges {
  bucket: number;
  /** Agent indices of the edges (parallel arrays, sorted by from then to). */
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

/** The target agent of comment c under an edge mode, or -1. */
export function edgeTarget(frame: Frame, c: number, mode: EdgeMode): number {
  const { comments, posts } = frame;
  if (mode === 'reply' && comments.parent[c] >= 0) return comments.author[comments.parent[c]];
  const p = comments.post[c];
  return p >= 0 ? posts.author[p] : -1;
}

/** Weighted edges of every bucket in [lo, hi] (buckets with no edge are included, empty). */
export function bucketEdges(frame: Frame, unit: TimeUnit, mode: EdgeMode, filter: FrameFilter, lo: number, hi: number): BucketEdges[] {
  const { comments } = frame;
  const { bucket } = bucketsOf(frame, comments, unit);
  const agents = frame.agents.length;
  const maps = Array.from({ length: Math.max(0, hi - lo + 1) }, () => new Map<number, number>());
  for (const c of selectRows(comments, filter)) {
    const b = bucket[c] - lo;
    if (b < 0 || b >= maps.length) continue;
    const src = comments.author[c];
    const dst = edgeTarget(frame, c, mode);
    if (src < 0 || dst < 0 || src === dst) continue;
    const key = src * agents + dst;
    maps[b].set(key, (maps[b].get(key) ?? 0) + 1);
  }
  return maps.map((m, b) => {
    const keys = Float64Array.from(m.keys()).sort();
    return {
      bucket: lo + b,
      from: Int32Array.from(keys, (k) => Math.floor(k / agents)),
      to: Int32Array.from(keys, (k) => k % agents),
      weight: Float64Array.from(keys, (k) => m.get(k)!),
    };
  });
}

/** Aggregated edges over the whole filter (all buckets together). */
export function filterEdges(frame: Frame, mode: EdgeMode, filter: FrameFilter): BucketEdges {
  const lo = filter.startDay ?? 0;
  const hi = filter.endDay ?? frame.days - 1;
  const all = bucketEdges(frame, 'day', mode, filter, Math.max(0, lo), Math.min(frame.days - 1, hi));
  const m = new Map<number, number>();
  const agents = frame.agents.length;
  for (const e of all) for (let i = 0; i < e.from.length; i++) {
    const key = e.from[i] * agents + e.to[i];
    m.set(key, (m.get(key) ?? 0) + e.weight[i]);
  }
  const keys = Float64Array.from(m.keys()).sort();
  return {
    bucket: -1,
    from: Int32Array.from(keys, (k) => Math.floor(k / agents)),
    to: Int32Array.from(keys, (k) => k % agents),
    weight: Float64Array.from(keys, (k) => m.get(k)!),
  };
}

/** Local node numbering of an edge list: nodes[] holds agent indices, edges use positions. */
export function localize(e: BucketEdges): { nodes: Int32Array; from: Int32Array; to: Int32Array } {
  const ids = new Map<number, number>();
  const nodes: number[] = [];
  const id = (a: number) => {
    let x = ids.get(a);
    if (x === undefined) {
      ids.set(a, (x = nodes.length));
      nodes.push(a);
    }
    return x;
  };
  const from = Int32Array.from(e.from, id);
  const to = Int32Array.from(e.to, id);
  return { nodes: Int32Array.from(nodes), from, to };
}
