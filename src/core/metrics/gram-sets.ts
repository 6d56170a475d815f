/**
 * Per-item sets of n-gram ids (tokenised once per frame and cached), with one vocabulary shared by
 * posts and comments so a comment's set can be compared with its post's.
 */
import type { Frame, ItemColumns } from '../frame.ts';
import { tokenize } from '../text/tokenize.ts';
import { coderOf } from './gram-counts.ts';

export interface GramSets {
  /** Item i's sorted distinct gram ids are ids[start[i] .. start[i+1]). */
  start: Int32Array;
  ids: Int32Array;
}

const cache = new WeakMap<Frame, Map<string, GramSets>>();

/**
 * Distinct n-grams (n = 1..maxN, or content words only when `stopwords` is given) of every item of
 * `items`, as sorted id lists. Items without text have empty sets.
 */
export function gramSets(
  frame: Frame,
  items: ItemColumns,
  maxN: number,
  stopwords?: ReadonlySet<string>,
): GramSets {
  let sets = cache.get(frame);
  if (!sets) cache.set(frame, (sets = new Map()));
  const key = `${items === frame.posts ? 'p' : 'c'}/${maxN}/${stopwords ? 'content' : 'all'}`;
  const hit = sets.get(key);
  if (hit) return hit;
  const start = new Int32Array(items.n + 1);
  const out: number[] = [];
  const coder = coderOf(frame);
  for (let i = 0; i < items.n; i++) {
    start[i] = out.length;
    const text = items.texts?.[i];
    if (!text) continue;
    let tokens = tokenize(text);
    if (stopwords) tokens = tokens.filter((t) => !stopwords.has(t) && (t.length > 1 || /\P{ASCII}/u.test(t)));
    const seen = new Set<number>();
    coder.forEachGramOf(tokens, maxN, (id) => seen.add(id));
    const sorted = Int32Array.from(seen).sort();
    for (let k = 0; k < sorted.length; k++) out.push(sorted[k]);
  }
  start[items.n] = out.length;
  const result = { start, ids: Int32Array.from(out) };
  sets.set(key, result);
  return result;
}

/** Jaccard similarity of two sorted id ranges; 0 when both are empty. */
export function jaccardSorted(
  a: Int32Array,
  a0: number,
  a1: number,
  b: Int32Array,
  b0: number,
  b1: number,
): number {
  let i = a0;
  let j = b0;
  let inter = 0;
  while (i < a1 && j < b1) {
    if (a[i] === b[j]) {
      inter += 1;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a1 - a0 + (b1 - b0) - inter;
  return union === 0 ? 0 : inter / union;
}

/** Jaccard of the union of several items' sets (`rows`) with one item's set. */
export function jaccardUnion(sets: GramSets, rows: ArrayLike<number>, target: GramSets, t: number): number {
  const union = new Set<number>();
  for (let k = 0; k < rows.length; k++) {
    for (let x = sets.start[rows[k]]; x < sets.start[rows[k] + 1]; x++) union.add(sets.ids[x]);
  }
  let inter = 0;
  const t0 = target.start[t];
  const t1 = target.start[t + 1];
  for (let x = t0; x < t1; x++) if (union.has(target.ids[x])) inter++;
  const size = union.size + (t1 - t0) - inter;
  return size === 0 ? 0 : inter / size;
}
