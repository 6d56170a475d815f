/**
 * Whether a chart's data holds nothing to draw. Drawn anyway, an empty chart shows bare axes and
 * "0.000" ticks that read like results; the chart host shows "no data" instead. One rule per
 * render function, kept here so every chart gets the same treatment.
 */
import type { BarDatum } from './bars.ts';
import { renderBars } from './bars.ts';
import { renderHeatmap, type HeatmapData } from './heatmap.ts';
import { renderHistogram, type HistogramData } from './histogram.ts';
import { renderLineBands, type LineBandsData } from './line-bands.ts';
import { renderScatter, type ScatterPoint } from './scatter.ts';
import { renderTimeline, type TimelineDatum } from './timeline.ts';

const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

const RULES = new Map<unknown, (data: never) => boolean>([
  [renderBars, (d: readonly BarDatum[]) => !d.some((b) => finite(b.value))],
  [renderHeatmap, (d: HeatmapData) => !d.values.some((row) => row.some(finite))],
  [renderHistogram, (d: HistogramData) => !d.values.some(finite)],
  [renderLineBands, (d: LineBandsData) => d.x.length === 0 || !d.series.some((s) => s.values.some(finite))],
  [renderScatter, (d: readonly ScatterPoint[]) => !d.some((p) => finite(p.x) && finite(p.y))],
  [renderTimeline, (d: readonly TimelineDatum[]) => !d.some((p) => p.posts > 0 || p.comments > 0)],
]);

/** True when `render` is a known chart and `data` gives it no value to draw. */
export function isEmptyChart(render: unknown, data: unknown): boolean {
  const rule = RULES.get(render) as ((d: unknown) => boolean) | undefined;
  return rule ? rule(data) : false;
}
