/** §8 Reciprocity: share of directed agent pairs (commenter → author) also present reversed. */
import type { Frame, FrameFilter } from '../frame.ts';
import { filterEdges, type EdgeMode } from './daily-graph.ts';

export interface ReciprocityParams {
  mode: EdgeMode;
}

export const RECIPROCITY_DEFAULTS: ReciprocityParams = { mode: 'post' };

export interface ReciprocityResult {
  params: ReciprocityParams;
  /** Distinct directed pairs (self-loops dropped). */
  pairs: number;
  /** Pairs whose reverse also occurs. */
  reciprocated: number;
  reciprocity: number | null;
}

/** §8 reciprocity over the filter's comments, pairs counted once regardless of weight. */
export function reciprocity(
  frame: Frame,
  params: Partial<ReciprocityParams> = {},
  filter: FrameFilter = {},
): ReciprocityResult {
  const p = { ...RECIPROCITY_DEFAULTS, ...params };
  const e = filterEdges(frame, p.mode, filter);
  const agents = frame.agents.length;
  // Edges come sorted by (from, to) and distinct, so the reverse pair is found by binary search.
  const keys = Float64Array.from(e.from, (f, i) => f * agents + e.to[i]);
  let rec = 0;
  for (let i = 0; i < keys.length; i++) {
    const want = e.to[i] * agents + e.from[i];
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] < want) lo = mid + 1;
      else hi = mid;
    }
    if (lo < keys.length && keys[lo] === want) rec++;
  }
  return {
    params: p,
    pairs: keys.length,
    reciprocated: rec,
    reciprocity: keys.length ? rec / keys.length : null,
  };
}
