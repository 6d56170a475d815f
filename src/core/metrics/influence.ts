/**
 * §5 Interaction influence: does commenting on a post make the commenter's next posts more like it?
 * Semantic (cosine of window centroids) and lexical (n-gram Jaccard) versions, each against a null
 * that swaps the post for a random post of the same day, with seeded bootstrap intervals.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { bootstrapMedian, type MedianInterval } from './bootstrap.ts';
import { gramSets, jaccardUnion } from './gram-sets.ts';
import { groupByAuthor } from './group.ts';
import { influenceByAgent, type AgentInfluence } from './influence-agents.ts';
import type { InfluenceEvents } from './influence-events.ts';
import { mulberry32, randInt, sampleIndices } from './rng.ts';
import { hasVector, selectRows } from './select.ts';

export type { InfluenceEvents };

export interface InfluenceParams {
  /** Window: the last w posts before and the next w posts after the comment. */
  w: number;
  /** Fewest posts a window may hold for the event to count (windows may be shorter than w). */
  minWindow: number;
  /** n-grams n = 1..ngram for the lexical version. */
  ngram: number;
  /** Most events given the (slower) lexical measure; a seeded sample beyond that. */
  lexicalMax: number;
  bootstrap: number;
  level: number;
  seed: number;
}

export const INFLUENCE_DEFAULTS: InfluenceParams = {
  w: 10,
  minWindow: 3,
  ngram: 1,
  lexicalMax: 50_000,
  bootstrap: 1000,
  level: 0.99,
  seed: 1,
};

export interface InfluenceSummary {
  observed: MedianInterval;
  null: MedianInterval;
  /** Paired difference observed − null per event. */
  difference: MedianInterval;
}

export interface InfluenceResult {
  params: InfluenceParams;
  events: number;
  semantic: InfluenceSummary | null;
  lexical: (InfluenceSummary & { sampled: boolean }) | null;
  /** Semantic influence and its null per commenting agent (null without embeddings). */
  perAgent: AgentInfluence | null;
}

/** Rows bucketed by author index (unknown authors dropped), row order kept within an author. */
function countingSortByAuthor(author: Int32Array, rows: Int32Array, agents: number) {
  const start = new Int32Array(agents + 1);
  for (const r of rows) if (author[r] >= 0) start[author[r] + 1]++;
  for (let a = 0; a < agents; a++) start[a + 1] += start[a];
  const fill = start.slice(0, agents);
  const sorted = new Int32Array(start[agents]);
  for (const r of rows) if (author[r] >= 0) sorted[fill[author[r]]++] = r;
  return { start, rows: sorted };
}

function lowerBound(
  times: Float64Array,
  order: Int32Array,
  s: number,
  e: number,
  t: number,
  strict: boolean,
): number {
  let lo = s;
  let hi = e;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = times[order[mid]];
    if (v < t || (!strict && v === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The events of §5 with their semantic influence and same-day null values. */
export function influenceEvents(
  frame: Frame,
  params: Partial<InfluenceParams> = {},
  filter: FrameFilter = {},
): InfluenceEvents {
  const p = { ...INFLUENCE_DEFAULTS, ...params };
  const { posts, comments, dim } = frame;
  const vectors = posts.vectors ?? new Float32Array(0);
  const postRows = selectRows(posts, filter).filter((i) => hasVector(posts, i) || !posts.vectors);
  const inFilter = new Uint8Array(posts.n);
  const byDay = new Map<number, number[]>();
  for (const i of postRows) {
    inFilter[i] = 1;
    const list = byDay.get(posts.day[i]);
    if (list) list.push(i);
    else byDay.set(posts.day[i], [i]);
  }
  const groups = groupByAuthor(posts, postRows);
  const groupOf = new Map<number, number>();
  for (let g = 0; g < groups.agent.length; g++) groupOf.set(groups.agent[g], g);
  const rng = mulberry32(p.seed);
  const out: number[][] = Array.from({ length: 9 }, () => []);
  const before = new Float64Array(dim);
  const after = new Float64Array(dim);
  const cosTo = (sum: Float64Array, q: number) => {
    let dot = 0;
    let nn = 0;
    let qq = 0;
    for (let d = 0; d < dim; d++) {
      const x = vectors[q * dim + d];
      dot += sum[d] * x;
      nn += sum[d] * sum[d];
      qq += x * x;
    }
    return dot / Math.sqrt(nn * qq);
  };
  // Comments are visited agent by agent so each agent's window sums come from one prefix-sum
  // buffer (O(posts·dim) per agent) instead of re-adding w vectors per comment.
  const byAgent = countingSortByAuthor(comments.author, selectRows(comments, filter), frame.agents.length);
  let prefix = new Float64Array(0);
  for (let g = 0; g < groups.agent.length; g++) {
    const a = groups.agent[g];
    const s = groups.start[g];
    const e = groups.start[g + 1];
    if (byAgent.start[a] === byAgent.start[a + 1]) continue;
    if (dim > 0 && posts.vectors) {
      if (prefix.length < (e - s + 1) * dim) prefix = new Float64Array((e - s + 1) * dim * 2);
      for (let k = s; k < e; k++) {
        const o = (k - s + 1) * dim;
        for (let d = 0; d < dim; d++)
          prefix[o + d] = prefix[o - dim + d] + vectors[groups.order[k] * dim + d];
      }
    }
    for (let x = byAgent.start[a]; x < byAgent.start[a + 1]; x++) {
      const c = byAgent.rows[x];
      const post = comments.post[c];
      if (post < 0 || !inFilter[post] || posts.author[post] === a) continue;
      const t = comments.timeMs[c];
      const j0 = lowerBound(posts.timeMs, groups.order, s, e, t, true);
      const j1 = lowerBound(posts.timeMs, groups.order, s, e, t, false);
      const b0 = Math.max(s, j0 - p.w);
      const a1 = Math.min(e, j1 + p.w);
      if (j0 - b0 < p.minWindow || a1 - j1 < p.minWindow) continue;
      for (let d = 0; d < dim; d++) {
        before[d] = prefix[(j0 - s) * dim + d] - prefix[(b0 - s) * dim + d];
        after[d] = prefix[(a1 - s) * dim + d] - prefix[(j1 - s) * dim + d];
      }
      const sameDay = byDay.get(posts.day[post]) ?? [];
      let nullPost = -1;
      // Rejection keeps the draw uniform over the day's other posts.
      if (sameDay.length > 1)
        do nullPost = sameDay[randInt(rng, sameDay.length)];
        while (nullPost === post);
      const obs = cosTo(after, post) - cosTo(before, post);
      const nul = nullPost >= 0 ? cosTo(after, nullPost) - cosTo(before, nullPost) : NaN;
      out[0].push(c);
      out[1].push(post);
      out[2].push(nullPost);
      out[3].push(b0);
      out[4].push(j0);
      out[5].push(j1);
      out[6].push(a1);
      out[7].push(obs);
      out[8].push(nul);
    }
  }
  return {
    comment: Int32Array.from(out[0]),
    post: Int32Array.from(out[1]),
    nullPost: Int32Array.from(out[2]),
    beforeStart: Int32Array.from(out[3]),
    beforeEnd: Int32Array.from(out[4]),
    afterStart: Int32Array.from(out[5]),
    afterEnd: Int32Array.from(out[6]),
    order: groups.order,
    semantic: Float64Array.from(out[7]),
    semanticNull: Float64Array.from(out[8]),
  };
}

function summarize(
  obs: ArrayLike<number>,
  nul: ArrayLike<number>,
  p: InfluenceParams,
  seed: number,
): InfluenceSummary {
  const o: number[] = [];
  const n: number[] = [];
  const diff: number[] = [];
  for (let i = 0; i < obs.length; i++) {
    if (!Number.isFinite(obs[i])) continue;
    o.push(obs[i]);
    if (!Number.isFinite(nul[i])) continue;
    n.push(nul[i]);
    diff.push(obs[i] - nul[i]);
  }
  return {
    observed: bootstrapMedian(o, p.level, p.bootstrap, mulberry32(seed)),
    null: bootstrapMedian(n, p.level, p.bootstrap, mulberry32(seed + 1)),
    difference: bootstrapMedian(diff, p.level, p.bootstrap, mulberry32(seed + 2)),
  };
}

/** Lexical influence of the given events: Jaccard of window n-gram unions with the post. */
export function lexicalInfluence(frame: Frame, ev: InfluenceEvents, picks: ArrayLike<number>, ngram: number) {
  const sets = gramSets(frame, frame.posts, ngram);
  const obs = new Float64Array(picks.length);
  const nul = new Float64Array(picks.length);
  for (let k = 0; k < picks.length; k++) {
    const e = picks[k];
    const bRows = ev.order.subarray(ev.beforeStart[e], ev.beforeEnd[e]);
    const aRows = ev.order.subarray(ev.afterStart[e], ev.afterEnd[e]);
    obs[k] = jaccardUnion(sets, aRows, sets, ev.post[e]) - jaccardUnion(sets, bRows, sets, ev.post[e]);
    const q = ev.nullPost[e];
    nul[k] = q >= 0 ? jaccardUnion(sets, aRows, sets, q) - jaccardUnion(sets, bRows, sets, q) : NaN;
  }
  return { obs, nul };
}

/** §5 semantic and lexical interaction influence with bootstrap intervals. */
export function interactionInfluence(
  frame: Frame,
  params: Partial<InfluenceParams> = {},
  filter: FrameFilter = {},
): InfluenceResult {
  const p = { ...INFLUENCE_DEFAULTS, ...params };
  const ev = influenceEvents(frame, p, filter);
  const n = ev.comment.length;
  const semantic = frame.posts.vectors ? summarize(ev.semantic, ev.semanticNull, p, p.seed + 10) : null;
  let lexical: InfluenceResult['lexical'] = null;
  if (frame.posts.texts) {
    const picks = sampleIndices(n, p.lexicalMax, mulberry32(p.seed + 20));
    const lex = lexicalInfluence(frame, ev, picks, p.ngram);
    lexical = { ...summarize(lex.obs, lex.nul, p, p.seed + 30), sampled: n > p.lexicalMax };
  }
  const perAgent = frame.posts.vectors ? influenceByAgent(frame, ev) : null;
  return { params: p, events: n, semantic, lexical, perAgent };
}
