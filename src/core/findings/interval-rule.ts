/**
 * The shared rule for a median tested against zero with a bootstrap interval (influence, feedback):
 * an interval that excludes 0 is an effect; one that contains 0 and fits inside ±effect rules out an
 * effect that size; anything else (too few values, no interval, or an interval that contains 0 but
 * is wider) cannot say.
 */
import type { MedianInterval } from '../metrics/bootstrap.ts';

export type IntervalCall =
  | { call: 'above' | 'below' | 'within'; median: number; lo: number; hi: number }
  | { call: 'too few'; n: number }
  | { call: 'no interval' }
  | { call: 'too wide'; median: number; lo: number; hi: number };

/**
 * The interval "touches" 0 when an end equals 0: it then contains 0 (an effect needs lo > 0 or
 * hi < 0). "within" needs both ends strictly inside ±effect.
 */
export function callInterval(m: MedianInterval, minN: number, effect: number): IntervalCall {
  if (!(m.n >= minN)) return { call: 'too few', n: m.n };
  if (m.median === null || m.lo === null || m.hi === null) return { call: 'no interval' };
  const v = { median: m.median, lo: m.lo, hi: m.hi };
  if (m.lo > 0) return { call: 'above', ...v };
  if (m.hi < 0) return { call: 'below', ...v };
  if (m.lo > -effect && m.hi < effect) return { call: 'within', ...v };
  return { call: 'too wide', ...v };
}
