import { DAY_MS, type Frame, type FrameFilter } from '../../src/core/frame';
import type { DataFilter } from '../../src/core/queries/filters';

/** The app's filter (UTC times, submolt names) in frame terms (day indices, submolt indices). */
export function toFrameFilter(frame: Frame, filter: DataFilter): FrameFilter {
  const out: FrameFilter = {};
  if (filter.range) {
    out.startDay = Math.max(0, Math.floor((filter.range[0] - frame.day0Ms) / DAY_MS));
    out.endDay = Math.floor((filter.range[1] - 1 - frame.day0Ms) / DAY_MS);
  }
  if (filter.submolts.length) {
    // A name that is not in the data selects nothing, rather than silently meaning "all".
    out.submolts = filter.submolts.map((s) => {
      const i = frame.submolts.indexOf(s);
      return i >= 0 ? i : -2;
    });
  }
  return out;
}
