/**
 * §2 Lexical turnover: daily birth and death rates of n-grams (n = 1..maxN), keeping n-grams whose
 * global frequency (occurrences over the filtered items) is at least minFreq.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { coderOf, gramCounts, type GramCounts } from './gram-counts.ts';
import { bucketStartMs, bucketsOf, itemsOf, type ItemKind, type TimeUnit } from './select.ts';
import { bucketRange } from './stabilization.ts';

export interface TurnoverParams {
  kinds: ItemKind[];
  unit: TimeUnit;
  maxN: number;
  minFreq: number;
}

export const TURNOVER_DEFAULTS: TurnoverParams = { kinds: ['posts'], unit: 'day', maxN: 3, minFreq: 2 };

export interface TurnoverSeries {
  n: number;
  /** Distinct kept n-grams per bucket, |A_t|. */
  distinct: number[];
  /** |A_t \ ∪_{s<t} A_s| / |A_t| (null when A_t is empty). */
  birth: (number | null)[];
  /** |A_{t−1} \ A_t| / |A_{t−1}| (entry 0 null). */
  death: (number | null)[];
  /** Share of A_{t−1} never seen again at or after t. */
  deathForever: (number | null)[];
}

export interface TurnoverResult {
  params: TurnoverParams;
  buckets: number[];
  startMs: number[];
  series: TurnoverSeries[];
}

/**
 * §2 birth/death rates per n, from the cached per-(hour or day, submolt) n-gram counts: two passes
 * over the count rows in bucket order, one for each n-gram's global frequency, one for the buckets
 * it occurs in (births, gaps, last occurrence).
 */
export function lexicalTurnover(
  frame: Frame,
  params: Partial<TurnoverParams> = {},
  filter: FrameFilter = {},
): TurnoverResult {
  const p = { ...TURNOVER_DEFAULTS, ...params };
  // The range runs to the last bucket with an item of any chosen kind (hours: comments can come
  // after the last post).
  const count = Math.max(...p.kinds.map((k) => bucketsOf(frame, itemsOf(frame, k), p.unit).count), 0);
  const [lo, hi] = bucketRange(frame, p.unit, count, filter);
  const len = Math.max(0, hi - lo + 1);
  const list = Array.from({ length: len }, (_, t) => lo + t);
  const fine = p.unit === 'hour' ? 'hour' : 'day';
  const perDay = p.unit === 'hour' ? 24 : 1;
  const tables = p.kinds.flatMap((kind) => gramCounts(frame, kind, fine, p.maxN) ?? []);
  const startDay = filter.startDay ?? -Infinity;
  const endDay = filter.endDay ?? Infinity;
  const subs = filter.submolts && filter.submolts.length > 0 ? new Set(filter.submolts) : null;
  const coder = coderOf(frame);
  const toBucket = (fineBucket: number) => (p.unit === 'week' ? Math.floor(fineBucket / 7) : fineBucket) - lo;
  // The selected rows of every kind, merged into bucket order (each table already is in order).
  const parts = tables.map((tb) => {
    const keep: number[] = [];
    for (let r = 0; r < tb.rows; r++) {
      const day = Math.floor(tb.bucket[r] / perDay);
      if (day < startDay || day > endDay) continue;
      if (subs && !subs.has(tb.submolt[r])) continue;
      const t = toBucket(tb.bucket[r]);
      if (t < 0 || t >= len || tb.gram[r] >= coder.size) continue;
      keep.push(r);
    }
    return { tb, keep };
  });
  // The selected rows of every kind as (bucket, gram, count), merged into bucket order (each
  // table already is in order).
  const { t: rowBucket, gram: rowGram, count: rowCount } = mergeByBucket(parts, toBucket);
  const freq = new Float64Array(coder.size);
  for (let r = 0; r < rowGram.length; r++) freq[rowGram[r]] += rowCount[r];
  const last = new Int32Array(coder.size).fill(-1);
  const distinct = Array.from({ length: p.maxN }, () => new Float64Array(len));
  const born = Array.from({ length: p.maxN }, () => new Float64Array(len));
  const died = Array.from({ length: p.maxN }, () => new Float64Array(len));
  const gone = Array.from({ length: p.maxN }, () => new Float64Array(len));
  for (let r = 0; r < rowGram.length; r++) {
    const g = rowGram[r];
    if (freq[g] < p.minFreq) continue;
    const t = rowBucket[r];
    const prev = last[g];
    if (prev === t) continue;
    const n = coder.lengthOf(g) - 1;
    distinct[n][t]++;
    if (prev < 0) born[n][t]++;
    // Absent the bucket after its previous one: a death there.
    else if (prev !== t - 1) died[n][prev + 1]++;
    last[g] = t;
  }
  // After its last bucket an n-gram dies for good (when that is inside the range).
  for (let g = 0; g < last.length; g++) {
    const t = last[g];
    if (t < 0 || t + 1 >= len) continue;
    const n = coder.lengthOf(g) - 1;
    died[n][t + 1]++;
    gone[n][t + 1]++;
  }
  const series = distinct.map((d, n): TurnoverSeries => {
    const rate = (num: Float64Array, den: (t: number) => number, skipFirst: boolean) =>
      list.map((_, t) => (skipFirst && t === 0 ? null : den(t) > 0 ? num[t] / den(t) : null));
    return {
      n: n + 1,
      distinct: Array.from(d),
      birth: rate(born[n], (t) => d[t], false),
      death: rate(died[n], (t) => d[t - 1], true),
      deathForever: rate(gone[n], (t) => d[t - 1], true),
    };
  });
  return { params: p, buckets: list, startMs: list.map((b) => bucketStartMs(frame, p.unit, b)), series };
}

/** Rows of several bucket-ordered tables in one bucket order (a k-way merge of sorted runs). */
function mergeByBucket(
  parts: { tb: GramCounts; keep: number[] }[],
  toBucket: (fine: number) => number,
): { t: Int32Array; gram: Int32Array; count: Int32Array } {
  const total = parts.reduce((s, x) => s + x.keep.length, 0);
  const out = { t: new Int32Array(total), gram: new Int32Array(total), count: new Int32Array(total) };
  const at = parts.map(() => 0);
  for (let o = 0; o < total; o++) {
    let best = -1;
    let bestT = 0;
    for (let k = 0; k < parts.length; k++) {
      if (at[k] >= parts[k].keep.length) continue;
      const t = toBucket(parts[k].tb.bucket[parts[k].keep[at[k]]]);
      if (best < 0 || t < bestT) [best, bestT] = [k, t];
    }
    const { tb, keep } = parts[best];
    const r = keep[at[best]++];
    out.t[o] = bestT;
    out.gram[o] = tb.gram[r];
    out.count[o] = tb.count[r];
  }
  return out;
}
