import { DAY_MS } from '../../core/frame';
import type { DataFilter } from '../../core/queries/filters';

/**
 * The UTC days of the loaded data within the filter's range, as the engine buckets them (see
 * workers/engine/to-frame-filter.ts). The slider and the warm-start chain take their days from
 * here rather than from a diagnostic, so moving through days never waits for one; a day without
 * comments is an empty graph and leaves every position as it was.
 */
export function frameDays(frame: { day0Ms: number; days: number }, filter: DataFilter): number[] {
  let lo = 0;
  let hi = frame.days - 1;
  if (filter.range) {
    lo = Math.max(lo, Math.floor((filter.range[0] - frame.day0Ms) / DAY_MS));
    hi = Math.min(hi, Math.floor((filter.range[1] - 1 - frame.day0Ms) / DAY_MS));
  }
  const out: number[] = [];
  for (let d = lo; d <= hi; d++) out.push(frame.day0Ms + d * DAY_MS);
  return out;
}
