/**
 * Per-item sets of n-gram ids (tokenised once per frame and cached), with one vocabulary shared by
 * posts and comments so a comment's set can be compared with its post's.
 */
import type { Frame, ItemColumns } from '../frame.ts';
import { tokenize } from '../text/tokenize.ts';
import { coderOf } from './gram-counts.ts';
import { grown } from '../grow.ts';

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
  const coder = coderOf(frame);
  // Ids written straight into a growing typed buffer; `stamp[id] === i + 1` marks an id already
  // taken for item i, so no Set per item (millions of items at paper scale).
  let out: Int32Array = new Int32Array(1 << 20);
  let size = 0;
  let stamp: Int32Array = new Int32Array(1 << 16);
  const take = (id: number, i: number) => {
    if (id >= stamp.length) stamp = grown(stamp, id + 1);
    if (stamp[id] === i + 1) return;
    stamp[id] = i + 1;
    if (size === out.length) out = grown(out, size + 1);
    out[size++] = id;
  };
  for (let i = 0; i < items.n; i++) {
    start[i] = size;
    const text = items.texts?.[i];
    if (!text) continue;
    let tokens = tokenize(text);
    if (stopwords) tokens = tokens.filter((t) => !stopwords.has(t) && (t.length > 1 || /\P{ASCII}/u.test(t)));
    coder.forEachGramOf(tokens, maxN, (id) => take(id, i));
    out.subarray(start[i], size).sort();
  }
  start[items.n] = size;
  const result = { start, ids: out.slice(0, size) };
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
