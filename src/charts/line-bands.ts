/**
 * Line series over a shared x (usually UTC days) with optional shaded null bands (lo/hi) per series,
 * a legend, a hover crosshair listing exact values, an optional highlighted x (current day) and
 * click on an x position. Nulls break lines. Keyboard: one slider stop; arrows step x, Enter = click.
 */
import { area, extent, line, pointer, scaleLinear, scaleUtc, bisector } from 'd3';
import { drawXAxis, drawYAxis, tickCount } from './axes.ts';
import { formatTime, formatTimeTick, formatValue } from './format.ts';
import { formatCount } from '../format/numbers.ts';
import { clearChart, setupChart } from './frame.ts';
import { bindIndexKeys } from './keyboard.ts';
import { drawLegend, type LegendItem } from './legend.ts';
import { seriesColor } from './palette.ts';
import { NO_EXPORT_CLASS } from './style.ts';
import { createHover, createTooltip } from './tooltip.ts';
import type { BaseOptions, ChartHandle, NumberFormat } from './types.ts';

export interface LineSeries {
  key: string;
  label: string;
  /** One value per x; null = missing. */
  values: readonly (number | null)[];
  /** Null-model band (e.g. 5–95% of permutations), one lo/hi per x. */
  lo?: readonly (number | null)[];
  hi?: readonly (number | null)[];
  color?: string;
  dashed?: boolean;
  /**
   * Per x: the value rests on fewer items than its diagnostic's minimum. Such points are drawn
   * hollow and the tooltip says so: a journalist must not read a 3-post day like a 1,000-post one.
   */
  thin?: readonly boolean[];
}

export interface LineBandsData {
  /** Shared x values: UTC ms when `xType` is 'time' (default), plain numbers otherwise. Ascending. */
  x: readonly number[];
  series: readonly LineSeries[];
  /** Items behind each x, shown in the tooltip. */
  counts?: readonly number[];
  /** The legend entry for hollow points, e.g. "hollow: fewer than 100 items". */
  thinLabel?: string;
}

/** Hover/click datum: one x position with every series' values there. */
export interface LineBandsPoint {
  index: number;
  x: number;
  values: {
    key: string;
    label: string;
    value: number | null;
    lo: number | null;
    hi: number | null;
    thin: boolean;
  }[];
}

export interface LineBandsOptions extends BaseOptions<LineBandsPoint> {
  xType?: 'time' | 'linear';
  /** Tooltip x label resolution for time axes. */
  interval?: 'hour' | 'day';
  yDomain?: readonly [number, number];
  yLabel?: string;
  xLabel?: string;
  valueFormat?: NumberFormat;
  /** An x value to mark (e.g. the current day). */
  highlightX?: number | null;
  colors?: readonly string[];
}

const num = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);

export function renderLineBands(
  el: SVGSVGElement,
  data: LineBandsData,
  options: LineBandsOptions,
): ChartHandle {
  const isTime = (options.xType ?? 'time') === 'time';
  const fmt = options.valueFormat ?? formatValue;
  const xs = data.x;
  const f = setupChart(el, options, { top: 12, right: 16, bottom: options.xLabel ? 36 : 28, left: 48 });
  const colors = data.series.map((s, i) => s.color ?? seriesColor(i, options.colors));

  const legendItems: LegendItem[] = data.series.map((s, i) => ({
    label: s.label,
    color: colors[i],
    kind: s.dashed ? 'dashed' : 'line',
  }));
  if (data.series.some((s) => s.lo && s.hi))
    legendItems.push({ label: 'null band', color: '#888', kind: 'band' });
  const anyThin = data.series.some((s) => s.values.some((v, i) => num(v) && s.thin?.[i]));
  if (anyThin)
    legendItems.push({ label: data.thinLabel ?? 'hollow: too few items', color: '#888', kind: 'hollow' });
  const legendH = drawLegend(
    f.svg.append('g').attr('transform', `translate(${f.margin.left},${f.margin.top})`),
    legendItems,
    f.innerWidth,
  );
  const top = legendH + (options.yLabel ? 14 : 4);
  f.plot.attr('transform', `translate(${f.margin.left},${f.margin.top + top})`);
  const ih = Math.max(1, f.innerHeight - top);
  const iw = f.innerWidth;

  const [x0, x1] = extent(xs) as [number, number];
  // One x value: half a day (or half a unit) either side, not a 1 ms axis with sub-second ticks.
  const xPad = isTime ? (options.interval === 'hour' ? 1_800_000 : 43_200_000) : 0.5;
  const dom = x0 === undefined ? [0, 1] : x1 === x0 ? [x0 - xPad, x0 + xPad] : [x0, x1];
  const xt = scaleUtc().domain(dom).range([0, iw]);
  const xl = scaleLinear().domain(dom).range([0, iw]);
  const px = (v: number): number => (isTime ? xt(v) : xl(v));
  const invert = (p: number): number => (isTime ? xt.invert(p).getTime() : xl.invert(p));
  const all = data.series.flatMap((s) => [...s.values, ...(s.lo ?? []), ...(s.hi ?? [])]).filter(num);
  const [y0, y1] = options.yDomain ?? (all.length ? (extent(all) as [number, number]) : [0, 1]);
  const y = scaleLinear()
    // A constant series: pad by half its size (not ±1, which flattens 0.003 at the middle of −1…1).
    .domain(y0 === y1 ? [y0 - (Math.abs(y0) / 2 || 1), y1 + (Math.abs(y1) / 2 || 1)] : [y0, y1])
    .nice()
    .range([ih, 0]);

  drawYAxis(f.plot, y, iw, ih, { format: fmt, grid: iw, label: options.yLabel });
  const xTicks = tickCount(iw, f.compact ? 70 : 90);
  if (isTime) drawXAxis(f.plot, xt, iw, ih, { ticks: xTicks, format: formatTimeTick, label: options.xLabel });
  else drawXAxis(f.plot, xl, iw, ih, { ticks: xTicks, format: formatValue, label: options.xLabel });
  const [d0, d1] = y.domain();
  if (d0 < 0 && d1 > 0)
    f.plot
      .append('line')
      .attr('class', 'ms-zero')
      .attr('x1', 0)
      .attr('x2', iw)
      .attr('y1', y(0))
      .attr('y2', y(0));
  if (num(options.highlightX)) {
    const hx = px(options.highlightX);
    f.plot
      .append('line')
      .attr('class', 'ms-accent')
      .attr('stroke-width', 1.5)
      .attr('stroke-opacity', 0.8)
      .attr('x1', hx)
      .attr('x2', hx)
      .attr('y1', 0)
      .attr('y2', ih);
  }

  const marks = f.plot.append('g').attr('class', 'ms-series');
  const idx = xs.map((_, i) => i);
  data.series.forEach((s, k) => {
    if (s.lo && s.hi) {
      const lo = s.lo;
      const hi = s.hi;
      const band = area<number>()
        .defined((i) => num(lo[i]) && num(hi[i]))
        .x((i) => px(xs[i]))
        .y0((i) => y(lo[i]!))
        .y1((i) => y(hi[i]!));
      marks.append('path').attr('fill', colors[k]).attr('fill-opacity', 0.18).attr('d', band(idx));
    }
  });
  data.series.forEach((s, k) => {
    const path = line<number>()
      .defined((i) => num(s.values[i]))
      .x((i) => px(xs[i]))
      .y((i) => y(s.values[i]!));
    marks
      .append('path')
      .attr('fill', 'none')
      .attr('stroke', colors[k])
      .attr('stroke-width', 1.75)
      .attr('stroke-dasharray', s.dashed ? '5 3' : null)
      .attr('d', path(idx));
    // Isolated points (a value between two nulls) would be invisible as a line.
    idx
      .filter((i) => num(s.values[i]) && !num(s.values[i - 1]) && !num(s.values[i + 1]))
      .forEach((i) =>
        marks
          .append('circle')
          .attr('cx', px(xs[i]))
          .attr('cy', y(s.values[i]!))
          .attr('r', 2)
          .attr('fill', colors[k]),
      );
    // Points resting on too few items: hollow, drawn over the line.
    idx
      .filter((i) => num(s.values[i]) && s.thin?.[i])
      .forEach((i) =>
        marks
          .append('circle')
          .attr('class', 'ms-thin')
          .attr('data-thin', s.key)
          .attr('cx', px(xs[i]))
          .attr('cy', y(s.values[i]!))
          .attr('r', 3.5)
          .attr('stroke', colors[k]),
      );
  });

  const cross = f.plot
    .append('g')
    .attr('class', NO_EXPORT_CLASS)
    .attr('display', 'none')
    .attr('pointer-events', 'none');
  cross.append('line').attr('class', 'ms-crosshair').attr('y1', 0).attr('y2', ih);
  const dots = data.series.map((_, k) => cross.append('circle').attr('r', 3.5).attr('fill', colors[k]));
  const overlay = f.plot
    .append('rect')
    .attr('class', 'ms-overlay')
    .attr('width', iw)
    .attr('height', ih)
    .attr('fill', 'none')
    .attr('pointer-events', 'all');
  const tooltip = createTooltip(f.plot, iw, ih);

  const pointAt = (i: number): LineBandsPoint => ({
    index: i,
    x: xs[i],
    values: data.series.map((s) => ({
      key: s.key,
      label: s.label,
      value: num(s.values[i]) ? s.values[i] : null,
      lo: num(s.lo?.[i]) ? s.lo![i] : null,
      hi: num(s.hi?.[i]) ? s.hi![i] : null,
      thin: num(s.values[i]) && !!s.thin?.[i],
    })),
  });
  const points = idx.map(pointAt);
  const hover = createHover<LineBandsPoint>(
    tooltip,
    (p) => [
      isTime ? formatTime(p.x, options.interval) : formatValue(p.x),
      ...(data.counts ? [`${formatCount(data.counts[p.index] ?? 0)} items`] : []),
      ...p.values.map(
        (v) =>
          `${v.label}: ${v.value === null ? '–' : fmt(v.value)}` +
          (v.lo !== null && v.hi !== null ? ` [${fmt(v.lo)}, ${fmt(v.hi)}]` : '') +
          (v.thin ? ' (too few items)' : ''),
      ),
    ],
    options.onHover,
  );
  const nearest = (mx: number): number => {
    if (!xs.length) return -1;
    const v = invert(mx);
    return Math.max(0, Math.min(xs.length - 1, bisector<number, number>((d) => d).center(xs, v)));
  };
  let current = 0;
  const showAt = (i: number) => {
    current = i;
    const cx = px(xs[i]);
    cross.attr('display', null).select('line').attr('x1', cx).attr('x2', cx);
    let minY = ih;
    data.series.forEach((s, k) => {
      const v = s.values[i];
      dots[k].attr('display', num(v) ? null : 'none');
      if (num(v)) {
        dots[k].attr('cx', cx).attr('cy', y(v));
        minY = Math.min(minY, y(v));
      }
    });
    hover.enter(points[i], cx, minY);
  };
  const hide = () => {
    cross.attr('display', 'none');
    hover.leave();
  };
  overlay
    .on('pointermove.ms', (event: PointerEvent) => {
      const i = nearest(pointer(event, f.plot.node())[0]);
      if (i >= 0) showAt(i);
    })
    .on('pointerleave.ms', hide)
    .on('click.ms', (event: MouseEvent) => {
      const i = nearest(pointer(event, f.plot.node())[0]);
      if (i >= 0) options.onClick?.(points[i]);
    });
  bindIndexKeys(overlay, {
    count: xs.length,
    label: `${options.title}: use arrow keys to step along x`,
    onMove: showAt,
    onActivate: (i) => options.onClick?.(points[i]),
    onBlur: hide,
    start: () => (num(options.highlightX) ? nearest(px(options.highlightX)) : current),
  });
  return { destroy: () => clearChart(el) };
}
