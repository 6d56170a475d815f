/**
 * Scatter plot (e.g. agent drift vs activity), optional log axes, up to ~40k points: beyond
 * `threshold` points the cloud is rasterised (canvas → `<image>`, kept by SVG export) or aggregated
 * into a density grid where no canvas exists. Hover and click pick the nearest point (d3.Delaunay).
 * `highlight` keys are drawn as labelled SVG marks, reachable by keyboard (arrows, Enter = click).
 */
import { Delaunay, extent, pointer, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { drawXAxis, drawYAxis, tickCount } from './axes.ts';
import { formatValue, sparseLogFormat } from './format.ts';
import { clearChart, setupChart } from './frame.ts';
import { bindRoving } from './keyboard.ts';
import { seriesColor } from './palette.ts';
import { drawPoints, type PointRenderer } from './point-layer.ts';
import { NO_EXPORT_CLASS } from './style.ts';
import { cleanLabel, truncateLabel } from './text.ts';
import { createHover, createTooltip } from './tooltip.ts';
import type { BaseOptions, ChartHandle, NumberFormat } from './types.ts';

export interface ScatterPoint {
  x: number;
  y: number;
  /** Stable id (e.g. agent id), used by `highlight`. */
  key?: string;
  /** Display label (agent-written: shown as text only). */
  label?: string;
}

export interface ScatterOptions<T extends ScatterPoint> extends BaseOptions<T> {
  xLog?: boolean;
  yLog?: boolean;
  xLabel?: string;
  yLabel?: string;
  xFormat?: NumberFormat;
  yFormat?: NumberFormat;
  renderer?: PointRenderer;
  /** Above this many points `auto` rasterises. Default 5000. */
  threshold?: number;
  radius?: number;
  color?: string;
  /** Keys of points to draw emphasised, with labels. */
  highlight?: readonly string[];
  /** Max pointer distance (px) for hover/click to pick a point. Default 24. */
  pickRadius?: number;
}

export interface ScatterHandle extends ChartHandle {
  /** Which renderer drew the cloud. */
  renderer: 'svg' | 'canvas' | 'density';
}

function makeScale(
  log: boolean | undefined,
  values: number[],
  range: [number, number],
): ScaleContinuousNumeric<number, number> {
  const [a, b] = (values.length ? extent(values) : [log ? 1 : 0, log ? 10 : 1]) as [number, number];
  const dom: [number, number] = a === b ? (log ? [a / 2, b * 2] : [a - 1, b + 1]) : [a, b];
  return log ? scaleLog().domain(dom).range(range) : scaleLinear().domain(dom).range(range).nice();
}

export function renderScatter<T extends ScatterPoint>(
  el: SVGSVGElement,
  data: readonly T[],
  options: ScatterOptions<T>,
): ScatterHandle {
  const xf = options.xFormat ?? formatValue;
  const yf = options.yFormat ?? formatValue;
  const color = options.color ?? seriesColor(0);
  const f = setupChart(el, options, {
    top: options.yLabel ? 22 : 10,
    right: 16,
    bottom: options.xLabel ? 38 : 28,
    left: 52,
  });
  const { innerWidth: iw, innerHeight: ih } = f;
  // Log axes cannot show values ≤ 0; such points are left out (documented above the option).
  const pts = data.filter(
    (d) =>
      Number.isFinite(d.x) &&
      Number.isFinite(d.y) &&
      (!options.xLog || d.x > 0) &&
      (!options.yLog || d.y > 0),
  );
  const x = makeScale(
    options.xLog,
    pts.map((d) => d.x),
    [0, iw],
  );
  const y = makeScale(
    options.yLog,
    pts.map((d) => d.y),
    [ih, 0],
  );
  const yTick = options.yLog ? sparseLogFormat(yf) : yf;
  const xTick = options.xLog ? sparseLogFormat(xf) : xf;
  drawYAxis(f.plot, y, iw, ih, { format: yTick, grid: iw, label: options.yLabel, ticks: tickCount(ih, 40) });
  drawXAxis(f.plot, x, iw, ih, {
    format: xTick,
    grid: ih,
    label: options.xLabel,
    ticks: tickCount(iw, f.compact ? 60 : 80),
  });

  const xy = new Float64Array(pts.length * 2);
  pts.forEach((d, i) => {
    xy[2 * i] = x(d.x);
    xy[2 * i + 1] = y(d.y);
  });
  const many = pts.length > (options.threshold ?? 5000);
  const renderer = drawPoints(f.plot.append('g').attr('class', 'ms-cloud'), xy, {
    width: iw,
    height: ih,
    color,
    radius: options.radius ?? (many ? 1.2 : 2.5),
    opacity: many ? 0.35 : 0.6,
    renderer: options.renderer,
    threshold: options.threshold,
  });

  const wanted = new Set(options.highlight ?? []);
  const highlighted = pts.filter((d) => d.key !== undefined && wanted.has(d.key));
  const hlGroup = f.plot.append('g').attr('class', 'ms-highlight');
  const hl = hlGroup
    .selectAll('g')
    .data(highlighted)
    .join('g')
    .attr('transform', (d) => `translate(${x(d.x)},${y(d.y)})`);
  hl.append('circle').attr('r', 4.5).attr('fill', seriesColor(3)).attr('stroke', 'currentColor');
  hl.append('text')
    .attr('class', 'ms-halo')
    .attr('x', 7)
    .attr('dy', '0.32em')
    .text((d) => truncateLabel(d.label ?? d.key, 120));

  const ring = f.plot
    .append('circle')
    .attr('class', `ms-accent ${NO_EXPORT_CLASS}`)
    .attr('r', 5)
    .attr('fill', 'none')
    .attr('stroke-width', 2)
    .attr('pointer-events', 'none')
    .attr('display', 'none');
  const overlay = f.plot
    .append('rect')
    .attr('class', `ms-overlay ${NO_EXPORT_CLASS}`)
    .attr('width', iw)
    .attr('height', ih)
    .attr('fill', 'none')
    .attr('pointer-events', 'all');
  hlGroup.raise();
  const tooltip = createTooltip(f.plot, iw, ih);
  const lines = (d: T) => [
    ...(d.label || d.key ? [cleanLabel(d.label ?? d.key)] : []),
    `${options.xLabel ?? 'x'}: ${xf(d.x)}`,
    `${options.yLabel ?? 'y'}: ${yf(d.y)}`,
  ];
  const hover = createHover<T>(tooltip, lines, options.onHover);
  const enter = (d: T) => {
    const cx = x(d.x);
    const cy = y(d.y);
    ring.attr('cx', cx).attr('cy', cy).attr('display', null);
    hover.enter(d, cx, cy);
  };
  const leave = () => {
    ring.attr('display', 'none');
    hover.leave();
  };
  let delaunay: Delaunay<number> | null = null;
  const pick = (event: Event): T | null => {
    if (!pts.length) return null;
    delaunay ??= new Delaunay(xy);
    const [mx, my] = pointer(event, f.plot.node());
    const i = delaunay.find(mx, my);
    const r = options.pickRadius ?? 24;
    return Math.hypot(xy[2 * i] - mx, xy[2 * i + 1] - my) <= r ? pts[i] : null;
  };
  overlay
    .on('pointermove.ms', (event: PointerEvent) => {
      const d = pick(event);
      if (d) enter(d);
      else leave();
    })
    .on('pointerleave.ms', leave)
    .on('click.ms', (event: MouseEvent) => {
      const d = pick(event);
      if (d) options.onClick?.(d);
    });
  hl.on('pointerenter.ms', (_e, d) => enter(d))
    .on('pointerleave.ms', leave)
    .on('click.ms', (_e, d) => options.onClick?.(d));
  bindRoving(hl, {
    label: (d) => lines(d).join('; '),
    onFocus: enter,
    onBlur: leave,
    onActivate: (d) => options.onClick?.(d),
  });
  return { renderer, destroy: () => clearChart(el) };
}
