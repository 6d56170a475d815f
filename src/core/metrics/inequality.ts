/** §8 Attention vs production inequality: Gini of upvotes received vs Gini of posts per agent. */
import type { Frame, FrameFilter } from '../frame.ts';
import { selectRows } from './select.ts';
import { gini } from './stats.ts';

export interface InequalityParams {
  /** Agents counted: those with at least one post, or with any post or comment, in the filter. */
  population: 'posters' | 'active';
  /** Upvotes received on posts only, or on posts and comments. */
  upvotesFrom: 'posts' | 'posts+comments';
}

export const INEQUALITY_DEFAULTS: InequalityParams = { population: 'posters', upvotesFrom: 'posts+comments' };

export interface InequalityResult {
  params: InequalityParams;
  agents: number;
  upvoteGini: number | null;
  postGini: number | null;
}

/** §8 Gini of upvotes received per agent and of posts per agent over the same agents. */
export function inequality(
  frame: Frame,
  params: Partial<InequalityParams> = {},
  filter: FrameFilter = {},
): InequalityResult {
  const p = { ...INEQUALITY_DEFAULTS, ...params };
  const A = frame.agents.length;
  const posts = new Float64Array(A);
  const up = new Float64Array(A);
  const member = new Uint8Array(A);
  for (const i of selectRows(frame.posts, filter)) {
    const a = frame.posts.author[i];
    if (a < 0) continue;
    posts[a] += 1;
    up[a] += frame.posts.upvotes[i];
    member[a] = 1;
  }
  for (const i of selectRows(frame.comments, filter)) {
    const a = frame.comments.author[i];
    if (a < 0) continue;
    if (p.upvotesFrom === 'posts+comments') up[a] += frame.comments.upvotes[i];
    if (p.population === 'active') member[a] = 1;
  }
  const ups: number[] = [];
  const counts: number[] = [];
  for (let a = 0; a < A; a++) {
    if (!member[a]) continue;
    // Negative upvote totals cannot occur in real data; clamp so Gini stays defined.
    ups.push(Math.max(0, up[a]));
    counts.push(posts[a]);
  }
  const g = (x: number[]) => (x.length ? gini(x) : null);
  return { params: p, agents: ups.length, upvoteGini: g(ups), postGini: g(counts) };
}
