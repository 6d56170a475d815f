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

/**
 * Sorted keys → run-length aggregated edges. Keys are (bucket·A + src)·A + dst as doubles (exact
 * below 2^53), sorted as a Float64Array: far faster than a Map keyed by large numbers.
 */
function aggregate(keys: Float64Array, agents: number, lo: number, hi: number): BucketEdges[] {
  keys.sort();
  const out: BucketEdges[] = [];
  const aa = agents * agents;
  let k = 0;
  for (let b = lo; b <= hi; b++) {
    const from: number[] = [];
    const to: number[] = [];
    const weight: number[] = [];
    while (k < keys.length && Math.floor(keys[k] / aa) === b - lo) {
      const key = keys[k];
      let w = 0;
      while (k < keys.length && keys[k] === key) {
        w += 1;
        k++;
      }
      const rest = key - (b - lo) * aa;
      from.push(Math.floor(rest / agents));
      to.push(rest % agents);
      weight.push(w);
    }
    out.push({
      bucket: b,
      from: Int32Array.from(from),
      to: Int32Array.from(to),
      weight: Float64Array.from(weight),
    });
  }
  return out;
}

/** Weighted edges of every bucket in [lo, hi] (buckets with no edge are included, empty). */
export function bucketEdges(
  frame: Frame,
  unit: TimeUnit,
  mode: EdgeMode,
  filter: FrameFilter,
  lo: number,
  hi: number,
): BucketEdges[] {
  const { comments } = frame;
  const { bucket } = bucketsOf(frame, comments, unit);
  const agents = frame.agents.length;
  const rows = selectRows(comments, filter);
  const keys = new Float64Array(rows.length);
  let n = 0;
  for (const c of rows) {
    const b = bucket[c] - lo;
    if (b < 0 || b > hi - lo) continue;
    const src = comments.author[c];
    const dst = edgeTarget(frame, c, mode);
    if (src < 0 || dst < 0 || src === dst) continue;
    keys[n++] = (b * agents + src) * agents + dst;
  }
  return aggregate(keys.subarray(0, n), agents, lo, hi);
}

/** Aggregated edges over the whole filter (all buckets together). */
export function filterEdges(frame: Frame, mode: EdgeMode, filter: FrameFilter): BucketEdges {
  const { comments } = frame;
  const agents = frame.agents.length;
  const rows = selectRows(comments, filter);
  const keys = new Float64Array(rows.length);
  let n = 0;
  for (const c of rows) {
    const src = comments.author[c];
    const dst = edgeTarget(frame, c, mode);
    if (src < 0 || dst < 0 || src === dst) continue;
    keys[n++] = src * agents + dst;
  }
  return { ...aggregate(keys.subarray(0, n), agents, 0, 0)[0], bucket: -1 };
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
