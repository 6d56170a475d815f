/**
 * Reference implementations of §3 drift, §4 net progress and §5 semantic influence: each agent's
 * posts found by scanning all posts, centroids as plain means, no prefix sums or grouping arrays.
 */
import type { Frame, FrameFilter } from '../../frame.ts';
import { cosine, hasVec, meanVec, rowsOf, vec } from './util.ts';
import { hypotOf } from '../../bounded.ts';

function agentPosts(frame: Frame, f: FrameFilter): Map<number, number[]> {
  const m = new Map<number, number[]>();
  for (const i of rowsOf(frame.posts, f)) {
    if (!hasVec(frame.posts, i) || frame.posts.author[i] === -1) continue;
    const a = frame.posts.author[i];
    if (!m.has(a)) m.set(a, []);
    m.get(a)!.push(i);
  }
  for (const list of m.values()) list.sort((x, y) => frame.posts.timeMs[x] - frame.posts.timeMs[y] || x - y);
  return m;
}

/** Drift D_a, consistency S_a, pull ΔS_a keyed by agent. */
export function refDrift(frame: Frame, minPosts: number, f: FrameFilter) {
  const dim = frame.dim;
  const all = rowsOf(frame.posts, f).filter((i) => hasVec(frame.posts, i));
  const global = meanVec(
    all.map((i) => vec(frame.posts, dim, i)),
    dim,
  );
  const rows: { agent: number; early: number[]; late: number[] }[] = [];
  for (const [agent, list] of agentPosts(frame, f)) {
    if (list.length < minPosts) continue;
    const half = Math.floor(list.length / 2);
    const e = meanVec(
      list.slice(0, half).map((i) => vec(frame.posts, dim, i)),
      dim,
    );
    const l = meanVec(
      list.slice(half).map((i) => vec(frame.posts, dim, i)),
      dim,
    );
    const unit = (v: number[]) => v.map((x) => x / hypotOf(v));
    rows.push({ agent, early: unit(e), late: unit(l) });
  }
  const dirs = rows.map((r) => r.late.map((x, d) => x - r.early[d]));
  const dbar = meanVec(dirs, dim);
  const out = new Map<number, { drift: number; consistency: number; pull: number }>();
  rows.forEach((r, j) => {
    out.set(r.agent, {
      drift: 1 - cosine(r.early, r.late),
      consistency: cosine(dirs[j], dbar),
      pull: cosine(r.late, global) - cosine(r.early, global),
    });
  });
  return out;
}

/** Mean net progress per agent (non-overlapping windows of w, stride s). */
export function refNetProgress(
  frame: Frame,
  share: number,
  w: number,
  stride: number,
  minPosts: number,
  f: FrameFilter,
) {
  const dim = frame.dim;
  const out = new Map<number, number>();
  for (const [agent, list] of agentPosts(frame, f)) {
    if (list.length < Math.max(minPosts, w + stride)) continue;
    const k = Math.max(1, Math.floor(share * list.length));
    // Ties by FNV-1a of the post id (the documented rule), then row.
    const hash = (s: string) => {
      let h = 2166136261;
      for (const ch of s) h = Number((BigInt(h ^ ch.charCodeAt(0)) * 16777619n) % 4294967296n);
      return h;
    };
    const pos = list.map((row) => ({ row, tie: hash(frame.posts.ids[row]) }));
    const hi = [...pos]
      .sort((a, b) => frame.posts.score[b.row] - frame.posts.score[a.row] || a.tie - b.tie || a.row - b.row)
      .slice(0, k);
    const lo = [...pos]
      .sort((a, b) => frame.posts.score[a.row] - frame.posts.score[b.row] || a.tie - b.tie || a.row - b.row)
      .slice(0, k);
    const H = meanVec(
      hi.map((x) => vec(frame.posts, dim, x.row)),
      dim,
    );
    const L = meanVec(
      lo.map((x) => vec(frame.posts, dim, x.row)),
      dim,
    );
    const windows: number[][] = [];
    for (let s = 0; s + w <= list.length; s += stride)
      windows.push(
        meanVec(
          list.slice(s, s + w).map((i) => vec(frame.posts, dim, i)),
          dim,
        ),
      );
    const nps: number[] = [];
    for (let j = 1; j < windows.length; j++) {
      const dist = (a: number[], b: number[]) => 1 - cosine(a, b);
      const dH = dist(windows[j], H) - dist(windows[j - 1], H);
      const dL = dist(windows[j], L) - dist(windows[j - 1], L);
      nps.push(dL - dH);
    }
    if (nps.length) out.set(agent, nps.reduce((s, x) => s + x, 0) / nps.length);
  }
  return out;
}

/**
 * Semantic influence per qualifying comment (keyed by comment row), and the null value for a given
 * null post per comment (the engine's random choice, so only the arithmetic is compared).
 */
export function refInfluence(
  frame: Frame,
  w: number,
  minWindow: number,
  f: FrameFilter,
  nullPostOf: Map<number, number>,
) {
  const dim = frame.dim;
  const byAgent = agentPosts(frame, f);
  const postOk = new Set(rowsOf(frame.posts, f).filter((i) => hasVec(frame.posts, i)));
  const out = new Map<number, { obs: number; nul: number }>();
  for (const c of rowsOf(frame.comments, f)) {
    const a = frame.comments.author[c];
    const p = frame.comments.post[c];
    if (a === -1 || p === -1 || !postOk.has(p) || frame.posts.author[p] === a) continue;
    const mine = byAgent.get(a) ?? [];
    const t = frame.comments.timeMs[c];
    const before = mine.filter((i) => frame.posts.timeMs[i] < t).slice(-w);
    const after = mine.filter((i) => frame.posts.timeMs[i] > t).slice(0, w);
    if (before.length < minWindow || after.length < minWindow) continue;
    const b = meanVec(
      before.map((i) => vec(frame.posts, dim, i)),
      dim,
    );
    const af = meanVec(
      after.map((i) => vec(frame.posts, dim, i)),
      dim,
    );
    const inf = (q: number) => cosine(af, vec(frame.posts, dim, q)) - cosine(b, vec(frame.posts, dim, q));
    const q = nullPostOf.get(c);
    out.set(c, { obs: inf(p), nul: q !== undefined && q >= 0 ? inf(q) : NaN });
  }
  return out;
}

/**
 * Per commenting agent: plain means of the observed and null influence of its events (from
 * {@link refInfluence}), keyed by agent index.
 */
export function refAgentInfluence(frame: Frame, perComment: Map<number, { obs: number; nul: number }>) {
  const lists = new Map<number, { obs: number[]; nul: number[] }>();
  for (const [c, v] of perComment) {
    const a = frame.comments.author[c];
    if (!lists.has(a)) lists.set(a, { obs: [], nul: [] });
    lists.get(a)!.obs.push(v.obs);
    if (!Number.isNaN(v.nul)) lists.get(a)!.nul.push(v.nul);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
  const out = new Map<number, { events: number; influence: number; nul: number | null }>();
  for (const [a, l] of lists) out.set(a, { events: l.obs.length, influence: mean(l.obs)!, nul: mean(l.nul) });
  return out;
}
