/** Default number and UTC date formats for ticks and tooltips. */
import { format, utcFormat } from 'd3';
import type { NumberFormat } from './types.ts';

const int = format(',');
const big = format(',.2~f');
const small = format('.4~r');

/** Exact-enough value for tooltips: integers in full, otherwise 4 significant digits. */
export const formatValue: NumberFormat = (v) => {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return int(v);
  return Math.abs(v) >= 1000 ? big(v) : small(v);
};

export const formatDay = utcFormat('%Y-%m-%d');
export const formatHour = utcFormat('%Y-%m-%d %H:%M UTC');

/** Formats a UTC millisecond timestamp at the given resolution. */
export function formatTime(ms: number, interval: 'hour' | 'day' = 'day'): string {
  return interval === 'hour' ? formatHour(new Date(ms)) : formatDay(new Date(ms));
}

const tickDay = utcFormat('%b %-d');
const tickHour = utcFormat('%H:%M');

/** UTC tick labels: "Jan 28" at midnight, "06:00" otherwise. */
export function formatTimeTick(d: Date | { valueOf(): number }): string {
  const date = d instanceof Date ? d : new Date(d.valueOf());
  return date.getTime() % 86_400_000 === 0 ? tickDay(date) : tickHour(date);
}

/** Log-axis tick labels only at 1, 2 and 5 × 10^k (other ticks keep their grid line, unlabelled). */
export function sparseLogFormat(fmt: NumberFormat): NumberFormat {
  return (v) => {
    if (!(v > 0)) return '';
    const m = Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9));
    return m === 1 || m === 2 || m === 5 ? fmt(v) : '';
  };
}
