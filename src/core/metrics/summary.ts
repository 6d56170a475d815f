/** Dataset overview: totals, per-day counts, top submolts and agents, comments per post. */
import type { Frame, FrameFilter } from '../frame.ts';
import { bucketStartMs, selectRows } from './select.ts';
import { bucketRange } from './stabilization.ts';
import { describe, type Distribution } from './stats.ts';

export interface SummaryParams {
  listTop: number;
}

export const SUMMARY_DEFAULTS: SummaryParams = { listTop: 10 };

export interface DatasetSummary {
  params: SummaryParams;
  posts: number;
  comments: number;
  /** Distinct known authors of posts, of comments, and of either. */
  postAuthors: number;
  commentAuthors: number;
  activeAgents: number;
  submolts: number;
  days: { day: number; startMs: number; posts: number; comments: number; activeAgents: number }[];
  topSubmolts: { submolt: string; posts: number; comments: number }[];
  topAgents: { agent: string; posts: number; comments: number }[];
  /** Comments per post (posts in the filter; comments in the filter on them). */
  commentsPerPost: Distribution;
}

/** Overview numbers of the filtered frame. */
export function datasetSummary(
  frame: Frame,
  params: Partial<SummaryParams> = {},
  filter: FrameFilter = {},
): DatasetSummary {
  const p = { ...SUMMARY_DEFAULTS, ...params };
  const { posts, comments } = frame;
  const [lo, hi] = bucketRange(frame, 'day', frame.days, filter);
  const len = Math.max(0, hi - lo + 1);
  const dayPosts = new Float64Array(len);
  const dayComments = new Float64Array(len);
  const dayAgents = Array.from({ length: len }, () => new Set<number>());
  const A = frame.agents.length;
  const agentPosts = new Float64Array(A);
  const agentComments = new Float64Array(A);
  const subPosts = new Float64Array(frame.submolts.length);
  const subComments = new Float64Array(frame.submolts.length);
  const perPost = new Float64Array(posts.n);
  const postRows = selectRows(posts, filter);
  const commentRows = selectRows(comments, filter);
  for (const i of postRows) {
    const t = posts.day[i] - lo;
    dayPosts[t]++;
    if (posts.author[i] >= 0) {
      agentPosts[posts.author[i]] += 1;
      dayAgents[t].add(posts.author[i]);
    }
    if (posts.submolt[i] >= 0) subPosts[posts.submolt[i]]++;
  }
  for (const i of commentRows) {
    const t = comments.day[i] - lo;
    dayComments[t]++;
    if (comments.author[i] >= 0) {
      agentComments[comments.author[i]] += 1;
      dayAgents[t].add(comments.author[i]);
    }
    if (comments.submolt[i] >= 0) subComments[comments.submolt[i]]++;
    if (comments.post[i] >= 0) perPost[comments.post[i]]++;
  }
  const count = (x: Float64Array) => x.reduce((s, v) => s + (v > 0 ? 1 : 0), 0);
  let active = 0;
  for (let a = 0; a < A; a++) if (agentPosts[a] > 0 || agentComments[a] > 0) active++;
  const rank = (n: number, primary: Float64Array, secondary: Float64Array) =>
    Array.from({ length: n }, (_, i) => i)
      .filter((i) => primary[i] > 0 || secondary[i] > 0)
      .sort((a, b) => primary[b] - primary[a] || secondary[b] - secondary[a] || a - b)
      .slice(0, p.listTop);
  return {
    params: p,
    posts: postRows.length,
    comments: commentRows.length,
    postAuthors: count(agentPosts),
    commentAuthors: count(agentComments),
    activeAgents: active,
    submolts: subPosts.reduce((s, v, i) => s + (v > 0 || subComments[i] > 0 ? 1 : 0), 0),
    days: Array.from({ length: len }, (_, t) => ({
      day: lo + t,
      startMs: bucketStartMs(frame, 'day', lo + t),
      posts: dayPosts[t],
      comments: dayComments[t],
      activeAgents: dayAgents[t].size,
    })),
    topSubmolts: rank(frame.submolts.length, subPosts, subComments).map((s) => ({
      submolt: frame.submolts[s],
      posts: subPosts[s],
      comments: subComments[s],
    })),
    topAgents: rank(A, agentPosts, agentComments).map((a) => ({
      agent: frame.agents[a],
      posts: agentPosts[a],
      comments: agentComments[a],
    })),
    commentsPerPost: describe(Array.from(postRows, (i) => perPost[i])),
  };
}
