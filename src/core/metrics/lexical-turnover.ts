/**
 * §2 Lexical turnover: daily birth and death rates of n-grams (n = 1..maxN), keeping n-grams whose
 * global frequency (occurrences over the filtered items) is at least minFreq.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { coderOf, gramCounts, type GramCounts } from './gram-counts.ts';
import { bucketStartMs, bucketsOf, itemsOf, selectRows, type ItemKind, type TimeUnit } from './select.ts';
import { bucketRange } from './stabilization.ts';
import { maxOf } from '../bounded.ts';

/** `last` of an n-gram seen only before the filtered range. */
const HISTORY = -2;

export interface TurnoverParams {
  kinds: ItemKind[];
  unit: TimeUnit;
  maxN: number;
  minFreq: number;
  /** Tokenise the texts even when the snapshot's n-gram index could be used (to cross-check it). */
  fromTexts: boolean;
}

export const TURNOVER_DEFAULTS: TurnoverParams = {
  kinds: ['posts'],
  unit: 'day',
  maxN: 3,
  minFreq: 2,
  fromTexts: false,
};

export interface TurnoverSeries {
  n: number;
  /** Distinct kept n-grams per bucket, |A_t|. */
  distinct: number[];
  /**
   * |A_t \ ∪_{s<t} A_s| / |A_t| (null when A_t is empty); under a date filter the union also runs
   * over the days before the filter (same kinds and submolts), so its first day is not all new.
   */
  birth: (number | null)[];
  /** |A_{t−1} \ A_t| / |A_{t−1}| (entry 0 null). */
  death: (number | null)[];
  /** Share of A_{t−1} never seen again at or after t. */
  deathForever: (number | null)[];
}

export interface TurnoverResult {
  params: TurnoverParams;
  /**
   * Where the n-gram counts came from: the snapshot's n-gram index (made by the same tokeniser
   * when the snapshot was built) or the texts, tokenised here. Both give the same numbers.
   */
  source: 'index' | 'texts';
  buckets: number[];
  startMs: number[];
  /** Items of the chosen kinds per bucket under the filter: what each bucket's rates rest on. */
  counts: number[];
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
  const count = maxOf(
    p.kinds.map((k) => bucketsOf(frame, itemsOf(frame, k), p.unit).count),
    0,
  );
  const [lo, hi] = bucketRange(frame, p.unit, count, filter);
  const len = Math.max(0, hi - lo + 1);
  const list = Array.from({ length: len }, (_, t) => lo + t);
  const fine = p.unit === 'hour' ? 'hour' : 'day';
  const perDay = p.unit === 'hour' ? 24 : 1;
  const grams = indexSource(frame, p) ?? textSource(frame, p, fine);
  const { tables } = grams;
  const startDay = filter.startDay ?? -Infinity;
  const endDay = filter.endDay ?? Infinity;
  const lengths = grams.lengths;
  // Submolts kept, as a lookup by index + 1 (index −1 is "none").
  let subs: Uint8Array | null = null;
  if (filter.submolts && filter.submolts.length > 0) {
    subs = new Uint8Array(frame.submolts.length + 1);
    for (const s of filter.submolts) if (s >= -1 && s < frame.submolts.length) subs[s + 1] = 1;
  }
  const inSubmolts = (tb: GramCounts, r: number): boolean => {
    if (!subs) return true;
    const code = tb.submolt[r];
    return subs[(code >= 0 && tb.submoltOf ? tb.submoltOf[code] : code) + 1] === 1;
  };
  const week = p.unit === 'week';
  /** Row r's bucket in the range (0..len−1), or −1 when the filter leaves it out. */
  const bucketOf = (tb: GramCounts, r: number): number => {
    const fineBucket = tb.bucket[r] + (tb.shift ?? 0);
    const day = perDay === 1 ? fineBucket : Math.floor(fineBucket / perDay);
    if (day < startDay || day > endDay || !inSubmolts(tb, r)) return -1;
    const t = (week ? Math.floor(fineBucket / 7) : fineBucket) - lo;
    const g = tb.gram[r];
    return t < 0 || t >= len || g >= grams.size || lengths[g] > p.maxN ? -1 : t;
  };
  // Pass 1: each n-gram's frequency over the selected rows.
  const freq = new Float64Array(grams.size);
  for (const tb of tables) {
    for (let r = 0; r < tb.rows; r++) if (bucketOf(tb, r) >= 0) freq[tb.gram[r]] += tb.count[r];
  }
  // Pass 2: the buckets each kept n-gram occurs in, bucket by bucket (every table is in bucket
  // order, so one cursor per kind walks them together; order within a bucket does not matter).
  const last = new Int32Array(grams.size).fill(-1);
  const distinct = Array.from({ length: p.maxN }, () => new Float64Array(len));
  const born = Array.from({ length: p.maxN }, () => new Float64Array(len));
  const died = Array.from({ length: p.maxN }, () => new Float64Array(len));
  const gone = Array.from({ length: p.maxN }, () => new Float64Array(len));
  // Under a date filter the days before it are history: an n-gram used there (in the chosen
  // submolts) is not born on the filter's first day. Without this the first bucket reads 100% new.
  // Marked with HISTORY (< 0 but not −1), it neither counts as a birth nor dates a death.
  const historyEnd = Number.isFinite(startDay) && startDay > 0 ? startDay * perDay : 0;
  for (const tb of historyEnd > 0 ? tables : []) {
    const shift = tb.shift ?? 0;
    for (let r = 0; r < tb.rows && tb.bucket[r] + shift < historyEnd; r++) {
      const g = tb.gram[r];
      if (g >= grams.size || lengths[g] > p.maxN || !inSubmolts(tb, r)) continue;
      last[g] = HISTORY;
    }
  }
  const cursor = tables.map(() => 0);
  // First fine bucket (day, or hour by hour) after bucket t.
  const fineEnd = (t: number) => (week ? (t + lo + 1) * 7 : t + lo + 1);
  for (let t = 0; t < len; t++) {
    // Rows before this bucket's end: every selected one among them has bucket t.
    tables.forEach((tb, k) => {
      const end = fineEnd(t);
      let r = cursor[k];
      const shift = tb.shift ?? 0;
      for (; r < tb.rows && tb.bucket[r] + shift < end; r++) {
        if (bucketOf(tb, r) !== t) continue;
        const g = tb.gram[r];
        if (freq[g] < p.minFreq) continue;
        const prev = last[g];
        if (prev === t) continue;
        const n = lengths[g] - 1;
        distinct[n][t]++;
        if (prev === -1) born[n][t]++;
        // Absent the bucket after its previous one: a death there.
        else if (prev >= 0 && prev !== t - 1) died[n][prev + 1]++;
        last[g] = t;
      }
      cursor[k] = r;
    });
  }
  // After its last bucket an n-gram dies for good (when that is inside the range).
  for (let g = 0; g < last.length; g++) {
    const t = last[g];
    if (t < 0 || t + 1 >= len) continue;
    const n = lengths[g] - 1;
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
  return {
    params: p,
    source: grams.origin,
    buckets: list,
    startMs: list.map((b) => bucketStartMs(frame, p.unit, b)),
    counts: itemCounts(frame, p, filter, lo, len),
    series,
  };
}

/** Items of the chosen kinds per bucket lo..lo+len−1 under the filter. */
function itemCounts(frame: Frame, p: TurnoverParams, filter: FrameFilter, lo: number, len: number): number[] {
  const counts = new Array<number>(len).fill(0);
  for (const kind of p.kinds) {
    const items = itemsOf(frame, kind);
    const { bucket } = bucketsOf(frame, items, p.unit);
    for (const i of selectRows(items, filter)) {
      const t = bucket[i] - lo;
      if (t >= 0 && t < len) counts[t]++;
    }
  }
  return counts;
}

/** Whether lexicalTurnover with these parameters reads the frame's n-gram index (no texts needed). */
export function turnoverUsesIndex(frame: Frame, params: Partial<TurnoverParams> = {}): boolean {
  return indexSource(frame, { ...TURNOVER_DEFAULTS, ...params }) !== null;
}

/** Per-kind n-gram count tables in bucket order, with the id space they share. */
interface GramSource {
  tables: GramCounts[];
  size: number;
  /** n of each gram id. */
  lengths: ArrayLike<number>;
  origin: TurnoverResult['source'];
}

/** The snapshot's index, when the frame has one that covers these kinds, n and unit (days or weeks). */
function indexSource(frame: Frame, p: TurnoverParams): GramSource | null {
  const index = frame.gramIndex;
  if (!index || p.fromTexts || p.unit === 'hour' || p.maxN > index.maxN) return null;
  const tables = p.kinds.map((kind) => index.tables[kind]);
  if (tables.some((t) => t === null)) return null;
  return { tables: tables as GramCounts[], size: index.size, lengths: index.lengths, origin: 'index' };
}

/** Counts from tokenising the frame's texts (cached per frame). */
function textSource(frame: Frame, p: TurnoverParams, fine: 'hour' | 'day'): GramSource {
  const tables = p.kinds.flatMap((kind) => gramCounts(frame, kind, fine, p.maxN) ?? []);
  const coder = coderOf(frame);
  return { tables, size: coder.size, lengths: coder.lengths, origin: 'texts' };
}
