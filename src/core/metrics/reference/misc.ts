/**
 * Reference implementations of the power-law fit (direct-sum zeta, ternary search), dense HITS and
 * comment specificity with Set-based Jaccard.
 */
import type { Frame, FrameFilter } from '../../frame.ts';
import { tokenize } from '../../text/tokenize.ts';
import { refRng, rowsOf } from './util.ts';

/** ζ(s, q) by direct summation of 20,000 terms plus the integral and half-term tail estimate. */
export function refZeta(s: number, q: number): number {
  const K = 20_000;
  let sum = 0;
  for (let k = K - 1; k >= 0; k--) sum += (q + k) ** -s;
  const a = q + K;
  return sum + a ** (1 - s) / (s - 1) + 0.5 * a ** -s + (s / 12) * a ** (-s - 1);
}

/** Clauset fit: α by ternary search of the log-likelihood, x_min by minimum KS over candidates. */
export function refPowerLaw(values: number[], minTail: number) {
  const x = values.filter((v) => v >= 1).sort((a, b) => a - b);
  let best: { alpha: number; xmin: number; ks: number } | null = null;
  for (const xmin of [...new Set(x)]) {
    const tail = x.filter((v) => v >= xmin);
    if (tail.length < minTail) break;
    const sl = tail.reduce((s, v) => s + Math.log(v), 0);
    const ll = (a: number) => -tail.length * Math.log(refZeta(a, xmin)) - a * sl;
    let lo = 1.01;
    let hi = 6;
    for (let it = 0; it < 200 && hi - lo > 1e-11; it++) {
      const m1 = lo + (hi - lo) / 3;
      const m2 = hi - (hi - lo) / 3;
      if (ll(m1) < ll(m2)) lo = m1;
      else hi = m2;
    }
    const alpha = (lo + hi) / 2;
    const z0 = refZeta(alpha, xmin);
    let ks = 0;
    const maxX = tail[tail.length - 1];
    let pmfSum = 0;
    // Walk every integer from xmin to the largest value, comparing CDFs.
    for (let v = xmin; v <= maxX; v++) {
      pmfSum += v ** -alpha / z0;
      const emp = tail.filter((t) => t <= v).length / tail.length;
      ks = Math.max(ks, Math.abs(emp - pmfSum));
    }
    if (!best || ks < best.ks) best = { alpha, xmin, ks };
  }
  return best;
}

/** Dense HITS: a = Aᵀh, h = Aa, sum-normalised, 3000 rounds. */
export function refHits(edges: Map<string, number>) {
  const nodes = [...new Set([...edges.keys()].flatMap((k) => k.split('>').map(Number)))];
  const n = nodes.length;
  const at = new Map(nodes.map((a, i) => [a, i]));
  const A = Array.from({ length: n }, () => new Array(n).fill(0));
  for (const [k, w] of edges) {
    const [s, t] = k.split('>').map(Number);
    A[at.get(s)!][at.get(t)!] = w;
  }
  let h = new Array(n).fill(1 / n);
  let a = new Array(n).fill(1 / n);
  for (let it = 0; it < 3000; it++) {
    const na = nodes.map((_, v) => nodes.reduce((s, __, u) => s + A[u][v] * h[u], 0));
    const nh = nodes.map((_, u) => nodes.reduce((s, __, v) => s + A[u][v] * na[v], 0));
    const sa = na.reduce((s, x) => s + x, 0);
    const sh = nh.reduce((s, x) => s + x, 0);
    a = na.map((x) => x / sa);
    h = nh.map((x) => x / sh);
  }
  return { hub: new Map(nodes.map((x, i) => [x, h[i]])), auth: new Map(nodes.map((x, i) => [x, a[i]])) };
}

/**
 * Specificity of every eligible comment (no sampling), drawing random posts by the documented
 * protocol: a mulberry32(seed + 1) stream, for each comment in row order `randomPosts` uniform
 * picks from the filter's posts, re-drawing a pick equal to the comment's own post.
 */
export function refSpecificity(
  frame: Frame,
  f: FrameFilter,
  randomPosts: number,
  seed: number,
  stop: ReadonlySet<string>,
) {
  const words = (t: string | null | undefined) =>
    new Set(tokenize(t ?? '').filter((w) => !stop.has(w) && (w.length > 1 || /\P{ASCII}/u.test(w))));
  const jac = (a: Set<string>, b: Set<string>) => {
    const inter = [...a].filter((x) => b.has(x)).length;
    const uni = new Set([...a, ...b]).size;
    return uni ? inter / uni : 0;
  };
  const pool = rowsOf(frame.posts, f);
  const rng = refRng(seed + 1);
  const out: number[] = [];
  for (const c of rowsOf(frame.comments, f)) {
    const p = frame.comments.post[c];
    if (p === -1) continue;
    const cw = words(frame.comments.texts![c]);
    let s = 0;
    for (let r = 0; r < randomPosts; r++) {
      let q = pool[Math.floor(rng() * pool.length)];
      while (q === p) q = pool[Math.floor(rng() * pool.length)];
      s += jac(cw, words(frame.posts.texts![q]));
    }
    out.push(jac(cw, words(frame.posts.texts![p])) - s / randomPosts);
  }
  return out;
}
