/**
 * N-gram occurrence counts per (time bucket, submolt, n-gram) of one item kind, tokenised once per
 * frame and cached: lexical turnover under any date range or submolt choice then reads this table
 * instead of re-tokenising every text, so a filter change costs a pass over the counts.
 */
import type { Frame } from '../frame.ts';
import { GramCoder } from '../text/gram-coder.ts';
import { bucketsOf, itemsOf, type ItemKind, type TimeUnit } from './select.ts';
import type { GramCounts } from './gram-tables.ts';
import { grown } from '../grow.ts';

export type { GramCounts };

interface FrameGrams {
  coder: GramCoder;
  tables: Map<string, GramCounts>;
}

const cache = new WeakMap<Frame, FrameGrams>();

/** The n-gram coder shared by every lexical diagnostic of a frame (one id space). */
export function coderOf(frame: Frame): GramCoder {
  return stateOf(frame).coder;
}

function stateOf(frame: Frame): FrameGrams {
  let s = cache.get(frame);
  if (!s) cache.set(frame, (s = { coder: new GramCoder(), tables: new Map() }));
  return s;
}

/** Counts of n-grams (n = 1..maxN) of every text of one kind, by hour or day and submolt. */
export function gramCounts(
  frame: Frame,
  kind: ItemKind,
  unit: Exclude<TimeUnit, 'week'>,
  maxN: number,
): GramCounts | null {
  const items = itemsOf(frame, kind);
  if (!items.texts) return null;
  const state = stateOf(frame);
  const key = `${kind}/${unit}/${maxN}`;
  const hit = state.tables.get(key);
  if (hit) return hit;
  const { bucket, count: buckets } = bucketsOf(frame, items, unit);
  // Items one (bucket, submolt) group at a time (a counting sort: frames are usually, not
  // necessarily, in time order). Within a group an n-gram's count is a plain array slot, not a
  // hash lookup; the touched ids are listed and flushed when the group ends.
  const groups = submoltCount(items.submolt) + 1;
  const groupOf = (i: number) => bucket[i] * groups + items.submolt[i] + 1;
  const order = countingOrder(items.n, groupOf, buckets * groups);
  const out = {
    bucket: [] as number[],
    submolt: [] as number[],
    gram: [] as number[],
    count: [] as number[],
  };
  let current = -1;
  let counts: Int32Array = new Int32Array(1 << 16);
  let touched: Int32Array = new Int32Array(1 << 16);
  let nTouched = 0;
  const flush = () => {
    const b = Math.floor(current / groups);
    const sub = (current % groups) - 1;
    for (let k = 0; k < nTouched; k++) {
      const g = touched[k];
      out.bucket.push(b);
      out.submolt.push(sub);
      out.gram.push(g);
      out.count.push(counts[g]);
      counts[g] = 0;
    }
    nTouched = 0;
  };
  const visit = (id: number) => {
    if (id >= counts.length) counts = grown(counts, id + 1);
    if (counts[id]++ === 0) {
      if (nTouched === touched.length) touched = grown(touched, nTouched + 1);
      touched[nTouched++] = id;
    }
  };
  for (const i of order) {
    const group = groupOf(i);
    if (group !== current) {
      flush();
      current = group;
    }
    state.coder.forEachGram(items.texts[i], maxN, visit);
  }
  flush();
  const table: GramCounts = {
    bucket: Int32Array.from(out.bucket),
    submolt: Int32Array.from(out.submolt),
    gram: Int32Array.from(out.gram),
    count: Int32Array.from(out.count),
    rows: out.bucket.length,
  };
  state.tables.set(key, table);
  return table;
}

/** Number of submolt indices used (max + 1). */
function submoltCount(submolt: Int32Array): number {
  let max = -1;
  for (let i = 0; i < submolt.length; i++) if (submolt[i] > max) max = submolt[i];
  return max + 1;
}

/** Indices 0..n-1 ordered by an integer key in [0, keys), stable (a counting sort). */
function countingOrder(n: number, keyOf: (i: number) => number, keys: number): Int32Array {
  const start = new Int32Array(keys + 1);
  for (let i = 0; i < n; i++) start[keyOf(i) + 1]++;
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[start[keyOf(i)]++] = i;
  return order;
}
