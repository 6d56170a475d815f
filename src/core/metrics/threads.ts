/**
 * §8 Thread structure: comment depth (paper convention top level = 1, API convention 0), mean of
 * per-thread maximum depth, share of deep threads, reply incidence and delay to the first reply.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { selectRows } from './select.ts';
import { finiteOrNull, mean, median, quantile } from './stats.ts';

export interface ThreadParams {
  /** Paper-convention depth at or above which a thread counts as deep. */
  deepAt: number;
}

export const THREAD_DEFAULTS: ThreadParams = { deepAt: 5 };

export interface ThreadResult {
  params: ThreadParams;
  /** Posts in the filter with at least one comment (the threads). */
  threads: number;
  /** Mean per-thread maximum depth: paper convention (top level = 1) and API convention (0). */
  meanMaxDepthPaper: number | null;
  meanMaxDepthApi: number | null;
  medianMaxDepthPaper: number | null;
  /** Share of threads whose paper-convention maximum depth is ≥ deepAt. */
  deepShare: number | null;
  /** Mean depth over comments, paper convention. */
  meanDepthPaper: number | null;
  /** Thread counts by paper-convention maximum depth (index = depth). */
  maxDepthHistogram: number[];
  comments: number;
  /** Share of the filter's comments with at least one direct reply (from any comment in the frame). */
  replyIncidence: number | null;
  /** Seconds from a comment to its first direct reply, over replied comments. */
  medianReplyDelaySec: number | null;
  p25ReplyDelaySec: number | null;
  p75ReplyDelaySec: number | null;
  /** Replies timed before their parent (clock skew in the source), kept in the delays. */
  negativeDelays: number;
}

/** §8 thread depth, reply incidence and reply timing. Threads are the filter's posts. */
export function threadStats(
  frame: Frame,
  params: Partial<ThreadParams> = {},
  filter: FrameFilter = {},
): ThreadResult {
  const p = { ...THREAD_DEFAULTS, ...params };
  const { posts, comments } = frame;
  const postIn = new Uint8Array(posts.n);
  for (const i of selectRows(posts, filter)) postIn[i] = 1;
  const maxDepth = new Int32Array(posts.n).fill(-1);
  const firstReply = new Float64Array(comments.n).fill(Infinity);
  for (let c = 0; c < comments.n; c++) {
    const par = comments.parent[c];
    if (par >= 0 && comments.timeMs[c] < firstReply[par]) firstReply[par] = comments.timeMs[c];
  }
  let depthSum = 0;
  let n = 0;
  let replied = 0;
  const delays: number[] = [];
  for (const c of selectRows(comments, filter)) {
    const post = comments.post[c];
    n++;
    depthSum += comments.depth[c] + 1;
    if (post >= 0 && postIn[post] && comments.depth[c] > maxDepth[post]) maxDepth[post] = comments.depth[c];
    if (firstReply[c] !== Infinity) {
      replied++;
      delays.push((firstReply[c] - comments.timeMs[c]) / 1000);
    }
  }
  const maxes: number[] = [];
  const hist: number[] = [];
  for (let i = 0; i < posts.n; i++) {
    if (!postIn[i] || maxDepth[i] < 0) continue;
    const d = maxDepth[i] + 1;
    maxes.push(d);
    while (hist.length <= d) hist.push(0);
    hist[d]++;
  }
  const m = mean(maxes);
  return {
    params: p,
    threads: maxes.length,
    meanMaxDepthPaper: finiteOrNull(m),
    meanMaxDepthApi: finiteOrNull(m - 1),
    medianMaxDepthPaper: finiteOrNull(median(maxes)),
    deepShare: maxes.length ? maxes.filter((d) => d >= p.deepAt).length / maxes.length : null,
    meanDepthPaper: n ? depthSum / n : null,
    maxDepthHistogram: hist,
    comments: n,
    replyIncidence: n ? replied / n : null,
    medianReplyDelaySec: finiteOrNull(median(delays)),
    p25ReplyDelaySec: finiteOrNull(quantile(delays, 0.25)),
    p75ReplyDelaySec: finiteOrNull(quantile(delays, 0.75)),
    negativeDelays: delays.filter((d) => d < 0).length,
  };
}
