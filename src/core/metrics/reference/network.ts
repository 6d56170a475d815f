/**
 * Reference implementations of §6 PageRank persistence and §8 network statistics, with dense
 * matrices, string-keyed maps and direct formulas.
 */
import type { Frame, FrameFilter } from '../../frame.ts';
import { rowsOf, target } from './util.ts';
import { minOf } from '../../bounded.ts';

/** Weighted edges "from>to" → weight over a set of comments. */
export function refEdges(frame: Frame, comments: number[], mode: 'post' | 'reply'): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of comments) {
    const s = frame.comments.author[c];
    const t = target(frame, c, mode);
    if (s === -1 || t === -1 || s === t) continue;
    m.set(`${s}>${t}`, (m.get(`${s}>${t}`) ?? 0) + 1);
  }
  return m;
}

/** Dense PageRank, 2000 rounds, dangling mass spread uniformly. Agent → score. */
export function refPageRank(edges: Map<string, number>, damping: number): Map<number, number> {
  const nodes = [...new Set([...edges.keys()].flatMap((k) => k.split('>').map(Number)))];
  const n = nodes.length;
  const at = new Map(nodes.map((a, i) => [a, i]));
  const M = Array.from({ length: n }, () => new Array(n).fill(0));
  const out = new Array(n).fill(0);
  for (const [k, w] of edges) {
    const [s, t] = k.split('>').map(Number);
    M[at.get(s)!][at.get(t)!] += w;
    out[at.get(s)!] += w;
  }
  let pr = new Array(n).fill(1 / n);
  for (let it = 0; it < 2000; it++) {
    const next = new Array(n).fill(0);
    for (let u = 0; u < n; u++) {
      if (out[u] === 0) for (let v = 0; v < n; v++) next[v] += (damping * pr[u]) / n;
      else for (let v = 0; v < n; v++) next[v] += (damping * pr[u] * M[u][v]) / out[u];
    }
    pr = next.map((x) => x + (1 - damping) / n);
  }
  return new Map(nodes.map((a, i) => [a, pr[i]]));
}

/** Top-k agents by score (ties: lower agent index first). */
export function refTop(scores: Map<number, number>, k: number): number[] {
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
    .map((e) => e[0]);
}

/** Per day: top-5 share and top-k lists. */
export function refDailyPageRank(frame: Frame, f: FrameFilter, damping: number, mode: 'post' | 'reply') {
  const lo = f.startDay ?? 0;
  const hi = f.endDay ?? frame.days - 1;
  const rows = rowsOf(frame.comments, f);
  const res = [];
  for (let d = lo; d <= hi; d++) {
    const pr = refPageRank(
      refEdges(
        frame,
        rows.filter((c) => frame.comments.day[c] === d),
        mode,
      ),
      damping,
    );
    const sorted = [...pr.values()].sort((a, b) => b - a);
    res.push({ pr, top5: pr.size ? sorted.slice(0, 5).reduce((s, x) => s + x, 0) : NaN });
  }
  return res;
}

/** Reciprocity over distinct pairs. */
export function refReciprocity(frame: Frame, f: FrameFilter, mode: 'post' | 'reply'): number {
  const e = refEdges(frame, rowsOf(frame.comments, f), mode);
  let r = 0;
  for (const k of e.keys()) {
    const [s, t] = k.split('>');
    if (e.has(`${t}>${s}`)) r++;
  }
  return r / e.size;
}

/** Gini by the mean absolute difference: Σ_i Σ_j |x_i − x_j| / (2 n² μ). */
export function refGini(x: number[]): number {
  const n = x.length;
  const mu = x.reduce((s, v) => s + v, 0) / n;
  let s = 0;
  for (const a of x) for (const b of x) s += Math.abs(a - b);
  return mu === 0 ? 0 : s / (2 * n * n * mu);
}

/** Modularity Q = Σ_c [W_in(c)/W − (deg(c)/2W)²] of an undirected weighted graph. */
export function refModularity(edges: Map<string, number>, community: Map<number, number>): number {
  const und = new Map<string, number>();
  for (const [k, w] of edges) {
    const [s, t] = k.split('>').map(Number);
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    und.set(key, (und.get(key) ?? 0) + w);
  }
  let W = 0;
  const deg = new Map<number, number>();
  const inside = new Map<number, number>();
  for (const [k, w] of und) {
    const [s, t] = k.split('-').map(Number);
    W += w;
    deg.set(community.get(s)!, (deg.get(community.get(s)!) ?? 0) + w);
    deg.set(community.get(t)!, (deg.get(community.get(t)!) ?? 0) + w);
    if (community.get(s) === community.get(t))
      inside.set(community.get(s)!, (inside.get(community.get(s)!) ?? 0) + w);
  }
  let q = 0;
  for (const [c, dg] of deg) q += (inside.get(c) ?? 0) / W - (dg / (2 * W)) ** 2;
  return q;
}

/** Depth by walking parents; per thread maxima; reply incidence and delays by scanning all pairs. */
export function refThreads(frame: Frame, f: FrameFilter) {
  const C = frame.comments;
  const depth = (c: number) => {
    let d = 1;
    for (let x = C.parent[c]; x !== -1; x = C.parent[x]) d++;
    return d;
  };
  const postRows = new Set(rowsOf(frame.posts, f));
  const rows = rowsOf(C, f);
  const maxBy = new Map<number, number>();
  for (const c of rows)
    if (postRows.has(C.post[c])) maxBy.set(C.post[c], Math.max(maxBy.get(C.post[c]) ?? 0, depth(c)));
  const maxes = [...maxBy.values()];
  const delays: number[] = [];
  let replied = 0;
  for (const c of rows) {
    const kids = [];
    for (let k = 0; k < C.n; k++) if (C.parent[k] === c) kids.push(C.timeMs[k]);
    if (kids.length) {
      replied++;
      delays.push((minOf(kids) - C.timeMs[c]) / 1000);
    }
  }
  return {
    meanMaxDepth: maxes.reduce((s, x) => s + x, 0) / maxes.length,
    deepShare: maxes.filter((d) => d >= 5).length / maxes.length,
    incidence: replied / rows.length,
    delays,
  };
}
