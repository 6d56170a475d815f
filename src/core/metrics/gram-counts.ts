/**
 * N-gram occurrence counts per (time bucket, submolt, n-gram) of one item kind, tokenised once per
 * frame and cached: lexical turnover under any date range or submolt choice then reads this table
 * instead of re-tokenising every text, so a filter change costs a pass over the counts.
 */
import type { Frame } from '../frame.ts';
import { GramCoder } from '../text/gram-coder.ts';
import { PairIndex } from '../text/pair-index.ts';
import { bucketsOf, itemsOf, type ItemKind, type TimeUnit } from './select.ts';

export interface GramCounts {
  /**
   * Rows (bucket, submolt, gram, count), grouped by bucket in increasing order. Buckets are hours
   * or days, never weeks: a week is a union of days (7-day blocks from day 0), so a date filter
   * that cuts a week still selects whole rows.
   */
  bucket: Int32Array;
  submolt: Int32Array;
  gram: Int32Array;
  count: Int32Array;
  rows: number;
}

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
  // Rows one bucket at a time (a counting sort: frames are usually, not necessarily, in time
  // order), with one pair table per bucket flushed when the bucket ends.
  const order = byBucket(bucket, buckets);
  const out = {
    bucket: [] as number[],
    submolt: [] as number[],
    gram: [] as number[],
    count: [] as number[],
  };
  let current = -1;
  // (submolt + 1, gram) → slot within the current bucket, and each slot's count.
  const pairs = new PairIndex(1 << 16);
  let counts = new Int32Array(1 << 16);
  const flush = () => {
    for (let slot = 0; slot < pairs.size; slot++) {
      out.bucket.push(current);
      out.submolt.push(pairs.firstOf[slot] - 1);
      out.gram.push(pairs.secondOf[slot]);
      out.count.push(counts[slot]);
    }
    counts.fill(0, 0, pairs.size);
    pairs.clear();
  };
  for (const i of order) {
    if (bucket[i] !== current) {
      flush();
      current = bucket[i];
    }
    const sub = items.submolt[i] + 1;
    state.coder.forEachGram(items.texts[i], maxN, (id) => {
      const slot = pairs.idOf(sub, id);
      if (slot >= counts.length) {
        const grown = new Int32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
      counts[slot]++;
    });
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

/** Row indices ordered by bucket, stable (rows of one bucket keep their order). */
function byBucket(bucket: Int32Array, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < bucket.length; i++) start[bucket[i] + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const order = new Int32Array(bucket.length);
  for (let i = 0; i < bucket.length; i++) order[start[bucket[i]]++] = i;
  return order;
}
