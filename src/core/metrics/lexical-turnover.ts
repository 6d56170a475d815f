/**
 * §2 Lexical turnover: daily birth and death rates of n-grams (n = 1..maxN), keeping n-grams whose
 * global frequency (occurrences over the filtered items) is at least minFreq.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { ngrams, tokenize } from '../text/tokenize.ts';
import { bucketStartMs, bucketsOf, itemsOf, selectRows, type ItemKind, type TimeUnit } from './select.ts';
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

/** §2 birth/death rates per n. */
export function lexicalTurnover(
  frame: Frame,
  params: Partial<TurnoverParams> = {},
  filter: FrameFilter = {},
): TurnoverResult {
  const p = { ...TURNOVER_DEFAULTS, ...params };
  const { count } = bucketsOf(frame, frame.posts, p.unit);
  const [lo, hi] = bucketRange(frame, p.unit, count, filter);
  const len = Math.max(0, hi - lo + 1);
  const list = Array.from({ length: len }, (_, t) => lo + t);
  // Per n: gram → total count and the set of buckets it occurs in.
  const freq = Array.from({ length: p.maxN }, () => new Map<string, number>());
  const seen = Array.from({ length: p.maxN }, () => new Map<string, Set<number>>());
  for (const kind of p.kinds) {
    const items = itemsOf(frame, kind);
    if (!items.texts) continue;
    const { bucket } = bucketsOf(frame, items, p.unit);
    for (const i of selectRows(items, filter)) {
      const t = bucket[i] - lo;
      if (t < 0 || t >= len) continue;
      ngrams(tokenize(items.texts[i]), p.maxN).forEach((grams, n) => {
        for (const g of grams) {
          freq[n].set(g, (freq[n].get(g) ?? 0) + 1);
          let s = seen[n].get(g);
          if (!s) seen[n].set(g, (s = new Set()));
          s.add(t);
        }
      });
    }
  }
  const series = freq.map((f, n): TurnoverSeries => {
    const distinct = new Float64Array(len);
    const born = new Float64Array(len);
    const died = new Float64Array(len);
    const gone = new Float64Array(len);
    for (const [g, buckets] of seen[n]) {
      if (f.get(g)! < p.minFreq) continue;
      const days = [...buckets].sort((a, b) => a - b);
      born[days[0]]++;
      days.forEach((d, k) => {
        distinct[d]++;
        // Absent the next bucket: a death at d+1; the last occurrence is also a "forever" death.
        if (d + 1 < len && days[k + 1] !== d + 1) died[d + 1]++;
        if (k === days.length - 1 && d + 1 < len) gone[d + 1]++;
      });
    }
    const rate = (num: Float64Array, den: (t: number) => number, skipFirst: boolean) =>
      list.map((_, t) => (skipFirst && t === 0 ? null : den(t) > 0 ? num[t] / den(t) : null));
    return {
      n: n + 1,
      distinct: Array.from(distinct),
      birth: rate(born, (t) => distinct[t], false),
      death: rate(died, (t) => distinct[t - 1], true),
      deathForever: rate(gone, (t) => distinct[t - 1], true),
    };
  });
  return { params: p, buckets: list, startMs: list.map((b) => bucketStartMs(frame, p.unit, b)), series };
}
