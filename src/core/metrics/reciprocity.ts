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
export function reciprocity(frame: Frame, params: Partial<ReciprocityParams> = {}, filter: FrameFilter = {}): ReciprocityResult {
  const p = { ...RECIPROCITY_DEFAULTS, ...params };
  const e = filterEdges(frame, p.mode, filter);
  const agents = frame.agents.length;
  const keys = new Set<number>();
  for (let i = 0; i < e.from.length; i++) keys.add(e.from[i] * agents + e.to[i]);
  let rec = 0;
  for (let i = 0; i < e.from.length; i++) if (keys.has(e.to[i] * agents + e.from[i])) rec++;
  return { params: p, pairs: keys.size, reciprocated: rec, reciprocity: keys.size ? rec / keys.size : null };
}
