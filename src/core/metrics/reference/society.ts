/**
 * Reference implementations of §1 (centroid, N² pairwise, brute-force kNN) and §2 (sets per day),
 * written as naive loops for cross-checking the engine.
 */
import type { Frame, FrameFilter, ItemColumns } from '../../frame.ts';
import { tokenize } from '../../text/tokenize.ts';
import { cosine, dot, hasVec, meanVec, rowsOf, vec } from './util.ts';

function postsByDay(frame: Frame, kind: 'posts' | 'comments', f: FrameFilter): number[][][] {
  const items = kind === 'posts' ? frame.posts : frame.comments;
  const lo = f.startDay ?? 0;
  const hi = f.endDay ?? frame.days - 1;
  const out: number[][][] = [];
  for (let t = lo; t <= hi; t++) out.push([]);
  for (const i of rowsOf(items, f))
    if (hasVec(items, i)) out[items.day[i] - lo].push(vec(items, frame.dim, i));
  return out;
}

/** Centroid cosine and mean pairwise cosine (all cross pairs / distinct within pairs), day × day. */
export function refStabilization(frame: Frame, kind: 'posts' | 'comments', f: FrameFilter) {
  const days = postsByDay(frame, kind, f);
  const centroid = days.map((a) =>
    days.map((b) => (a.length && b.length ? cosine(meanVec(a, frame.dim), meanVec(b, frame.dim)) : NaN)),
  );
  const pairwise = days.map((a, i) =>
    days.map((b, j) => {
      let s = 0;
      let n = 0;
      for (let x = 0; x < a.length; x++)
        for (let y = 0; y < b.length; y++) {
          if (i === j && x === y) continue;
          s += dot(a[x], b[y]);
          n++;
        }
      return n ? s / n : NaN;
    }),
  );
  return { centroid, pairwise };
}

/** Daily mean of the mean cosine to the K most similar other items (full sort per item). */
export function refKnn(frame: Frame, kind: 'posts' | 'comments', k: number, f: FrameFilter): number[] {
  return postsByDay(frame, kind, f).map((items) => {
    if (items.length <= k) return NaN;
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const sims = items.filter((_, j) => j !== i).map((v) => dot(v, items[i]));
      sims.sort((a, b) => b - a);
      total += sims.slice(0, k).reduce((s, x) => s + x, 0) / k;
    }
    return total / items.length;
  });
}

/**
 * Birth, death and never-again death rates per n from explicit per-bucket sets of n-gram strings.
 * Buckets: UTC days from day 0, or 7-day blocks of them ('week'), or hours ('hour').
 */
export function refTurnover(
  frame: Frame,
  maxN: number,
  minFreq: number,
  f: FrameFilter,
  opts: { kinds?: ('posts' | 'comments')[]; unit?: 'hour' | 'day' | 'week' } = {},
) {
  const unit = opts.unit ?? 'day';
  const firstDay = f.startDay ?? 0;
  const lastDay = f.endDay ?? frame.days - 1;
  const bucketOf = (items: ItemColumns, i: number) =>
    unit === 'week'
      ? Math.floor(items.day[i] / 7)
      : unit === 'hour'
        ? Math.floor((items.timeMs[i] - frame.day0Ms) / 3_600_000)
        : items.day[i];
  const lo = unit === 'week' ? Math.floor(firstDay / 7) : unit === 'hour' ? firstDay * 24 : firstDay;
  const hi = unit === 'week' ? Math.floor(lastDay / 7) : unit === 'hour' ? lastDay * 24 + 23 : lastDay;
  const len = hi - lo + 1;
  const out = [];
  for (let n = 1; n <= maxN; n++) {
    const counts: Record<string, number> = {};
    const perDay: Set<string>[] = Array.from({ length: len }, () => new Set());
    for (const kind of opts.kinds ?? ['posts']) {
      const items = kind === 'posts' ? frame.posts : frame.comments;
      for (const i of rowsOf(items, f)) {
        const toks = tokenize(items.texts![i]);
        for (let s = 0; s + n <= toks.length; s++) {
          const g = toks.slice(s, s + n).join(' ');
          counts[g] = (counts[g] ?? 0) + 1;
          perDay[bucketOf(items, i) - lo].add(g);
        }
      }
    }
    const A = perDay.map((s) => new Set([...s].filter((g) => counts[g] >= minFreq)));
    // The days before a date filter are history for births (same kinds and submolts).
    const history = new Set<string>();
    if (firstDay > 0) {
      for (const kind of opts.kinds ?? ['posts']) {
        const items = kind === 'posts' ? frame.posts : frame.comments;
        for (const i of rowsOf(items, { ...f, startDay: 0, endDay: firstDay - 1 })) {
          const toks = tokenize(items.texts![i]);
          for (let s = 0; s + n <= toks.length; s++) history.add(toks.slice(s, s + n).join(' '));
        }
      }
    }
    const birth: number[] = [];
    const death: number[] = [];
    const forever: number[] = [];
    for (let t = 0; t < len; t++) {
      const before = new Set<string>(history);
      for (let s = 0; s < t; s++) A[s].forEach((g) => before.add(g));
      birth.push(A[t].size ? [...A[t]].filter((g) => !before.has(g)).length / A[t].size : NaN);
      if (t === 0) {
        death.push(NaN);
        forever.push(NaN);
        continue;
      }
      const later = new Set<string>();
      for (let s = t; s < len; s++) A[s].forEach((g) => later.add(g));
      const prev = [...A[t - 1]];
      death.push(prev.length ? prev.filter((g) => !A[t].has(g)).length / prev.length : NaN);
      forever.push(prev.length ? prev.filter((g) => !later.has(g)).length / prev.length : NaN);
    }
    out.push({ birth, death, forever });
  }
  return out;
}
