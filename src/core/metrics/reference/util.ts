/**
 * Plain helpers for the reference implementations. Deliberately separate from the engine's helpers
 * (arrays of numbers, no typed-array tricks) so a shared bug cannot hide in both.
 */
import type { Frame, FrameFilter, ItemColumns } from '../../frame.ts';

export function inFilter(items: ItemColumns, i: number, f: FrameFilter): boolean {
  if (f.startDay !== undefined && items.day[i] < f.startDay) return false;
  if (f.endDay !== undefined && items.day[i] > f.endDay) return false;
  if (f.submolts && f.submolts.length && !f.submolts.includes(items.submolt[i])) return false;
  return true;
}

export function vec(items: ItemColumns, dim: number, i: number): number[] {
  const out: number[] = [];
  for (let d = 0; d < dim; d++) out.push(items.vectors![i * dim + d]);
  return out;
}

export function hasVec(items: ItemColumns, i: number): boolean {
  if (!items.vectors) return false;
  return items.hasVector ? items.hasVector[i] === 1 : true;
}

export function dot(a: number[], b: number[]): number {
  return a.reduce((s, x, d) => s + x * b[d], 0);
}

export function cosine(a: number[], b: number[]): number {
  return dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
}

/** Mean of a list of vectors. */
export function meanVec(vs: number[][], dim: number): number[] {
  const m = new Array(dim).fill(0);
  for (const v of vs) for (let d = 0; d < dim; d++) m[d] += v[d] / vs.length;
  return m;
}

export function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Rows of the frame's items passing the filter, as a plain list. */
export function rowsOf(items: ItemColumns, f: FrameFilter): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.n; i++) if (inFilter(items, i, f)) out.push(i);
  return out;
}

/** The agent that a comment points at: the post author, or in reply mode the parent's author. */
export function target(frame: Frame, c: number, mode: 'post' | 'reply'): number {
  if (mode === 'reply' && frame.comments.parent[c] !== -1)
    return frame.comments.author[frame.comments.parent[c]];
  const p = frame.comments.post[c];
  return p === -1 ? -1 : frame.posts.author[p];
}

/** The same mulberry32 stream as documented for the engine's random draws (re-typed, not imported). */
export function refRng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
