/**
 * Timeline: posts and comments per hour or day (two lines, or stacked areas) on a UTC axis, with
 * an x-brush to select a date range, programmatic brush set (permalinks), shaded annotation bands
 * and point markers. Keyboard: the plot is one focusable slider; arrows step, Enter = click.
 */
import {
  area,
  bisector,
  brushX,
  line,
  max,
  pointer,
  scaleLinear,
  scaleUtc,
  utcDay,
  utcHour,
  type BrushBehavior,
  type D3BrushEvent,
} from 'd3';
import { drawTimeAnnotations, type TimeBand, type TimeMarker } from './annotations.ts';
import { drawXAxis, drawYAxis, tickCount } from './axes.ts';
import { formatTime, formatTimeTick, formatValue } from './format.ts';
import { clearChart, setupChart, type G } from './frame.ts';
import { bindIndexKeys } from './keyboard.ts';
import { drawLegend } from './legend.ts';
import { seriesColor } from './palette.ts';
import { createHover, createTooltip } from './tooltip.ts';
import type { BaseOptions, ChartHandle } from './types.ts';

export interface TimelineDatum {
  /** Bucket start, UTC milliseconds. */
  t: number;
  posts: number;
  comments: number;
}

export interface TimelineOptions extends BaseOptions<TimelineDatum> {
  interval?: 'hour' | 'day';
  /** `lines` (default): two lines; `stacked`: comments stacked on posts as areas. */
  mode?: 'lines' | 'stacked';
  bands?: readonly TimeBand[];
  markers?: readonly TimeMarker[];
  /** Initial brush selection [startMs, endMs) (e.g. from a permalink). */
  brush?: readonly [number, number] | null;
  /** Called when the user finishes brushing; ranges are snapped to the interval, end exclusive. */
  onBrush?: (range: [number, number] | null) => void;
  seriesLabels?: readonly [string, string];
  colors?: readonly string[];
}

export interface TimelineHandle extends ChartHandle {
  /** Sets the brush without calling `onBrush`. */
  setBrush(range: readonly [number, number] | null): void;
}

const KEYS = ['posts', 'comments'] as const;

export function renderTimeline(
  el: SVGSVGElement,
  data: readonly TimelineDatum[],
  options: TimelineOptions,
): TimelineHandle {
  const interval = options.interval ?? 'day';
  const step = interval === 'hour' ? utcHour : utcDay;
  const labels = options.seriesLabels ?? ['posts', 'comments'];
  const colors = [seriesColor(0, options.colors), seriesColor(1, options.colors)];
  const stacked = options.mode === 'stacked';
  const f = setupChart(el, options, { top: 30, right: 16, bottom: 28, left: 48 });

  drawLegend(
    f.svg.append('g').attr('transform', `translate(${f.margin.left},6)`),
    KEYS.map((_, i) => ({ label: labels[i], color: colors[i], kind: stacked ? 'swatch' : 'line' })),
    f.innerWidth,
  );

  const rows = [...data].sort((a, b) => a.t - b.t);
  const first = rows.length ? step.floor(new Date(rows[0].t)) : new Date(0);
  const last = rows.length
    ? step.offset(step.floor(new Date(rows[rows.length - 1].t)), 1)
    : step.offset(first, 1);
  const x = scaleUtc().domain([first, last]).range([0, f.innerWidth]);
  const half = interval === 'hour' ? 18e5 : 432e5;
  const mid = (d: TimelineDatum) => x(d.t + half);
  const top = max(rows, (d) => (stacked ? d.posts + d.comments : Math.max(d.posts, d.comments))) ?? 0;
  const y = scaleLinear()
    .domain([0, top || 1])
    .nice()
    .range([f.innerHeight, 0]);

  drawTimeAnnotations(f.plot, x, f.innerHeight, options.bands, options.markers);
  drawXAxis(f.plot, x, f.innerWidth, f.innerHeight, {
    ticks: tickCount(f.innerWidth, f.compact ? 70 : 90),
    format: formatTimeTick,
  });
  drawYAxis(f.plot, y, f.innerWidth, f.innerHeight, { format: formatValue, grid: f.innerWidth });

  const marks = f.plot.append('g').attr('class', 'ms-series');
  if (stacked) {
    const lower = area<TimelineDatum>()
      .x(mid)
      .y0(y(0))
      .y1((d) => y(d.posts));
    const upper = area<TimelineDatum>()
      .x(mid)
      .y0((d) => y(d.posts))
      .y1((d) => y(d.posts + d.comments));
    marks.append('path').attr('fill', colors[0]).attr('fill-opacity', 0.85).attr('d', lower(rows));
    marks.append('path').attr('fill', colors[1]).attr('fill-opacity', 0.85).attr('d', upper(rows));
  } else {
    KEYS.forEach((k, i) => {
      const path = line<TimelineDatum>()
        .x(mid)
        .y((d) => y(d[k]));
      marks
        .append('path')
        .attr('fill', 'none')
        .attr('stroke', colors[i])
        .attr('stroke-width', 1.75)
        .attr('d', path(rows));
    });
  }

  const cross = f.plot
    .append('g')
    .attr('class', 'ms-noexport')
    .attr('display', 'none')
    .attr('pointer-events', 'none');
  cross.append('line').attr('class', 'ms-crosshair').attr('y1', 0).attr('y2', f.innerHeight);
  const dots = KEYS.map((_, i) => cross.append('circle').attr('r', 3).attr('fill', colors[i]));

  const brushG = f.plot.append('g').attr('class', 'ms-brush') as G;
  const tooltip = createTooltip(f.plot, f.innerWidth, f.innerHeight);
  const hover = createHover<TimelineDatum>(
    tooltip,
    (d) => [
      formatTime(d.t, interval),
      `${labels[0]}: ${formatValue(d.posts)}`,
      `${labels[1]}: ${formatValue(d.comments)}`,
    ],
    options.onHover,
  );
  const nearest = (px: number): number => {
    if (!rows.length) return -1;
    const t = x.invert(px).getTime();
    const i = bisector<TimelineDatum, number>((d) => d.t).right(rows, t) - 1;
    return Math.max(0, Math.min(rows.length - 1, i));
  };
  const showAt = (i: number) => {
    const d = rows[i];
    const cx = mid(d);
    const py = [d.posts, stacked ? d.posts + d.comments : d.comments];
    cross.attr('display', null).select('line').attr('x1', cx).attr('x2', cx);
    dots.forEach((dot, k) => dot.attr('cx', cx).attr('cy', y(py[k])));
    hover.enter(d, cx, Math.min(y(py[0]), y(py[1])));
  };
  const hide = () => {
    cross.attr('display', 'none');
    hover.leave();
  };

  const snap = (s: number, e: number): [number, number] => {
    let a = step.round(new Date(s)).getTime();
    let b = step.round(new Date(e)).getTime();
    if (b <= a) b = step.offset(new Date(a), 1).getTime();
    a = Math.max(a, first.getTime());
    b = Math.min(b, last.getTime());
    return [a, b];
  };
  const brush: BrushBehavior<unknown> = brushX().extent([
    [0, 0],
    [f.innerWidth, f.innerHeight],
  ]);
  brush.on('end', (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return; // programmatic moves
    const sel = event.selection as [number, number] | null;
    if (!sel) {
      options.onBrush?.(null);
      const src = event.sourceEvent as MouseEvent;
      const i = nearest(pointer(src, f.plot.node())[0]);
      if (i >= 0) options.onClick?.(rows[i]);
      return;
    }
    const range = snap(x.invert(sel[0]).getTime(), x.invert(sel[1]).getTime());
    brushG.call(brush.move, [x(range[0]), x(range[1])]);
    options.onBrush?.(range);
  });
  brushG.call(brush);
  brushG
    .on('pointermove.ms', (event: PointerEvent) => {
      const i = nearest(pointer(event, f.plot.node())[0]);
      if (i >= 0) showAt(i);
    })
    .on('pointerleave.ms', hide);
  let keyIndex = 0;
  bindIndexKeys(brushG, {
    count: rows.length,
    label: `${options.title}: use arrow keys to step through ${interval}s`,
    onMove: (i) => showAt((keyIndex = i)),
    onActivate: (i) => options.onClick?.(rows[i]),
    onBlur: hide,
    start: () => keyIndex,
  });

  const setBrush = (range: readonly [number, number] | null) => {
    brushG.call(brush.move, range ? [x(range[0]), x(range[1])] : null);
  };
  if (options.brush) setBrush(options.brush);

  return { setBrush, destroy: () => clearChart(el) };
}
