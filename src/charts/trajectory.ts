/**
 * Trajectory: an agent's path of per-day centroids (arrowheads, day labels) drawn over a faint
 * background cloud of all items in the same fixed 2-D projection (equal aspect). `progress` (0..1)
 * reveals the path through time, interpolating the last segment; `setProgress` animates cheaply by
 * redrawing only the path layer. Path points are hoverable/clickable and keyboard-reachable.
 */
import { extent, scaleLinear } from 'd3';
import { formatDay, formatTime, formatValue } from './format.ts';
import { clearChart, setupChart } from './frame.ts';
import { bindRoving } from './keyboard.ts';
import { seriesColor } from './palette.ts';
import { drawPoints, type PixelCoords, type PointRenderer } from './point-layer.ts';
import { cleanLabel, truncateLabel } from './text.ts';
import { createHover, createTooltip } from './tooltip.ts';
import type { BaseOptions, ChartHandle } from './types.ts';

export interface TrajectoryStep {
  /** Step time (e.g. the UTC day), ms. */
  t: number;
  x: number;
  y: number;
  /** Optional label shown instead of the date. */
  label?: string;
  /** Items behind this centroid (e.g. posts that day). */
  n?: number;
}

export interface TrajectoryData {
  /** Background cloud in projection coordinates, interleaved [x0, y0, x1, y1, …]. */
  cloud: PixelCoords;
  path: readonly TrajectoryStep[];
}

export interface TrajectoryOptions extends BaseOptions<TrajectoryStep> {
  /** Share of the path to show, 0..1 (default 1). */
  progress?: number;
  renderer?: PointRenderer;
  color?: string;
  /** Cloud colour; a concrete colour because it may be painted on a canvas. */
  cloudColor?: string;
  /** Day labels next to path points; default when the path has ≤ 20 steps. */
  showLabels?: boolean;
  interval?: 'hour' | 'day';
}

export interface TrajectoryHandle extends ChartHandle {
  setProgress(p: number): void;
}

const PAD = 12;

function arrowHead(x1: number, y1: number, x2: number, y2: number, back: number): string {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const tipX = x2 - back * Math.cos(a);
  const tipY = y2 - back * Math.sin(a);
  const s = 7;
  const p = (ang: number) => `${tipX - s * Math.cos(ang)},${tipY - s * Math.sin(ang)}`;
  return `${tipX},${tipY} ${p(a - 0.45)} ${p(a + 0.45)}`;
}

export function renderTrajectory(
  el: SVGSVGElement,
  data: TrajectoryData,
  options: TrajectoryOptions,
): TrajectoryHandle {
  const f = setupChart(el, options, { top: 8, right: 8, bottom: 18, left: 18 });
  const { innerWidth: iw, innerHeight: ih } = f;
  const color = options.color ?? seriesColor(3);
  const path = [...data.path].sort((a, b) => a.t - b.t);
  const xsAll: number[] = [];
  const ysAll: number[] = [];
  for (let i = 0; i + 1 < data.cloud.length; i += 2) {
    xsAll.push(data.cloud[i]);
    ysAll.push(data.cloud[i + 1]);
  }
  for (const s of path) {
    xsAll.push(s.x);
    ysAll.push(s.y);
  }
  const [xa = -1, xb = 1] = extent(xsAll);
  const [ya = -1, yb = 1] = extent(ysAll);
  // Equal aspect: one unit is the same length on both axes, centred in the plot.
  const span = Math.max(xb - xa, yb - ya) || 1;
  const unit = Math.min(iw - 2 * PAD, ih - 2 * PAD) / span;
  const cx = (xa + xb) / 2;
  const cy = (ya + yb) / 2;
  const x = scaleLinear()
    .domain([cx - iw / 2 / unit, cx + iw / 2 / unit])
    .range([0, iw]);
  const y = scaleLinear()
    .domain([cy - ih / 2 / unit, cy + ih / 2 / unit])
    .range([ih, 0]);

  const px = new Float64Array(Math.floor(data.cloud.length / 2) * 2);
  for (let i = 0; i < px.length; i += 2) {
    px[i] = x(data.cloud[i]);
    px[i + 1] = y(data.cloud[i + 1]);
  }
  drawPoints(f.plot.append('g').attr('class', 'ms-cloud'), px, {
    width: iw,
    height: ih,
    color: options.cloudColor ?? '#8c8c8c',
    radius: 1,
    opacity: 0.25,
    renderer: options.renderer ?? 'canvas',
  });
  f.plot
    .append('text')
    .attr('class', 'ms-muted')
    .attr('x', iw)
    .attr('y', ih + 14)
    .attr('text-anchor', 'end')
    .text('PC 1 →');
  f.plot
    .append('text')
    .attr('class', 'ms-muted')
    .attr('transform', `translate(-6,0) rotate(-90)`)
    .attr('text-anchor', 'end')
    .text('PC 2 →');

  const layer = f.plot.append('g').attr('class', 'ms-trajectory');
  const tooltip = createTooltip(f.plot, iw, ih);
  const when = (s: TrajectoryStep) => (s.label ? cleanLabel(s.label) : formatTime(s.t, options.interval));
  const lines = (s: TrajectoryStep) => [
    when(s),
    ...(s.n !== undefined ? [`items: ${formatValue(s.n)}`] : []),
    `PC 1: ${formatValue(s.x)}`,
    `PC 2: ${formatValue(s.y)}`,
  ];
  const hover = createHover<TrajectoryStep>(tooltip, lines, options.onHover);
  const showLabels = options.showLabels ?? path.length <= 20;

  const draw = (progress: number) => {
    layer.selectAll('*').remove();
    hover.leave();
    if (!path.length) return;
    const p = Math.max(0, Math.min(1, Number.isFinite(progress) ? progress : 1));
    const reach = p * (path.length - 1);
    const full = Math.floor(reach);
    const frac = reach - full;
    const pts = path.slice(0, full + 1).map((s) => [x(s.x), y(s.y)] as [number, number]);
    if (frac > 0 && full + 1 < path.length) {
      const a = path[full];
      const b = path[full + 1];
      pts.push([x(a.x + (b.x - a.x) * frac), y(a.y + (b.y - a.y) * frac)]);
    }
    const segs = layer.append('g').attr('stroke', color).attr('fill', color);
    for (let i = 1; i < pts.length; i++) {
      const [x1, y1] = pts[i - 1];
      const [x2, y2] = pts[i];
      segs
        .append('line')
        .attr('x1', x1)
        .attr('y1', y1)
        .attr('x2', x2)
        .attr('y2', y2)
        .attr('stroke-width', 1.75);
      if (Math.hypot(x2 - x1, y2 - y1) > 12)
        segs
          .append('polygon')
          .attr('stroke', 'none')
          .attr('points', arrowHead(x1, y1, x2, y2, 4));
    }
    const shown = path.slice(0, full + 1);
    const marks = layer
      .append('g')
      .selectAll('circle')
      .data(shown)
      .join('circle')
      .attr('cx', (s) => x(s.x))
      .attr('cy', (s) => y(s.y))
      .attr('r', (_s, i) => (i === 0 ? 5 : 3.5))
      .attr('fill', (_s, i) => (i === 0 ? 'none' : color))
      .attr('stroke', color)
      .attr('stroke-width', 1.5);
    if (showLabels) {
      layer
        .append('g')
        .selectAll('text')
        .data(shown)
        .join('text')
        .attr('class', 'ms-halo')
        .attr('x', (s) => x(s.x) + 6)
        .attr('y', (s) => y(s.y) - 6)
        .attr('font-size', 10)
        .text((s) => truncateLabel(s.label ?? formatDay(new Date(s.t)).slice(5), 80, 10));
    }
    const enter = (s: TrajectoryStep) => hover.enter(s, x(s.x), y(s.y));
    marks
      .on('pointerenter.ms', (_e, s) => enter(s))
      .on('pointerleave.ms', () => hover.leave())
      .on('click.ms', (_e, s) => options.onClick?.(s));
    bindRoving(marks, {
      label: (s) => lines(s).join('; '),
      onFocus: enter,
      onBlur: () => hover.leave(),
      onActivate: (s) => options.onClick?.(s),
    });
  };
  draw(options.progress ?? 1);
  return { setProgress: draw, destroy: () => clearChart(el) };
}
