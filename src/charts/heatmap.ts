/**
 * Heatmap: a row × column matrix (e.g. day × day centroid similarity) with a sequential colour scale
 * and ramp legend. Hover shows the exact value; cells are one tab stop with arrow-key navigation
 * (roving tabindex), Enter = click. Missing values (null/NaN) are drawn in the grid colour.
 */
import { extent, scaleSequential } from 'd3';
import { formatValue } from './format.ts';
import { clearChart, setupChart } from './frame.ts';
import { bindRoving } from './keyboard.ts';
import { drawColorRamp } from './legend.ts';
import { SEQUENTIAL } from './palette.ts';
import { NO_EXPORT_CLASS } from './style.ts';
import { truncateLabel } from './text.ts';
import { createHover, createTooltip } from './tooltip.ts';
import type { BaseOptions, ChartHandle, NumberFormat } from './types.ts';

export interface HeatmapData {
  /** Row labels, top to bottom (e.g. days "2026-01-28"). */
  rows: readonly string[];
  /** Column labels, left to right; defaults to `rows`. */
  cols?: readonly string[];
  /** values[row][col]; null or NaN = missing. */
  values: readonly (readonly (number | null)[])[];
  /**
   * Rows (and, for a square matrix, columns) resting on too few items: their cells are drawn faded
   * and their tooltip says so (#18 item 6).
   */
  thin?: readonly boolean[];
}

export interface HeatmapCell {
  row: number;
  col: number;
  rowLabel: string;
  colLabel: string;
  value: number | null;
  /** The row's or the column's bucket rests on too few items. */
  thin: boolean;
}

export interface HeatmapOptions extends BaseOptions<HeatmapCell> {
  /** Colour domain; defaults to the data extent. */
  domain?: readonly [number, number];
  interpolator?: (t: number) => string;
  valueFormat?: NumberFormat;
  legendTitle?: string;
  /** Shortens axis labels; by default ISO dates lose their year on narrow charts. */
  shortLabel?: (label: string) => string;
}

const LEGEND_H = 40;
const ISO_YEAR = /^\d{4}-(?=\d\d-\d\d)/;

export function renderHeatmap(el: SVGSVGElement, data: HeatmapData, options: HeatmapOptions): ChartHandle {
  const rows = data.rows;
  const cols = data.cols ?? data.rows;
  const fmt = options.valueFormat ?? formatValue;
  const compact = options.width < 480;
  const short = options.shortLabel ?? ((s: string) => (compact ? s.replace(ISO_YEAR, '') : s));
  const labelPx = compact ? 40 : 70;
  const under = Math.ceil(labelPx * 0.75) + 10; // room for the rotated column labels
  const f = setupChart(el, options, { top: 8, right: 12, bottom: LEGEND_H + under, left: labelPx + 6 });
  const size = Math.max(
    1,
    Math.min(f.innerWidth / Math.max(1, cols.length), f.innerHeight / Math.max(1, rows.length)),
  );

  const cells: HeatmapCell[] = [];
  rows.forEach((rowLabel, r) =>
    cols.forEach((colLabel, c) => {
      const v = data.values[r]?.[c];
      const thin = Boolean(data.thin?.[r] || (data.cols === undefined && data.thin?.[c]));
      cells.push({
        row: r,
        col: c,
        rowLabel,
        colLabel,
        value: v == null || Number.isNaN(v) ? null : v,
        thin,
      });
    }),
  );
  const [lo, hi] = options.domain ?? (extent(cells, (d) => d.value ?? undefined) as [number, number]);
  const domain: [number, number] = lo === undefined ? [0, 1] : lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
  const color = scaleSequential(options.interpolator ?? SEQUENTIAL).domain(domain);

  // Thin the axis labels so they stay legible on long ranges and narrow screens.
  const every = Math.max(1, Math.ceil(13 / size));
  const axis = f.plot.append('g').attr('class', 'ms-axis').attr('aria-hidden', 'true');
  rows.forEach((label, r) => {
    if (r % every) return;
    axis
      .append('text')
      .attr('x', -4)
      .attr('y', (r + 0.5) * size)
      .attr('dy', '0.32em')
      .attr('text-anchor', 'end')
      .text(truncateLabel(short(label), labelPx, 10));
  });
  cols.forEach((label, c) => {
    if (c % every) return;
    const cx = (c + 0.5) * size;
    const cy = rows.length * size + 6;
    axis
      .append('text')
      .attr('transform', `translate(${cx},${cy}) rotate(-45)`)
      .attr('text-anchor', 'end')
      .attr('dy', '0.32em')
      .text(truncateLabel(short(label), labelPx, 10));
  });

  const marks = f.plot
    .append('g')
    .attr('class', 'ms-cells')
    .attr('shape-rendering', 'crispEdges')
    .selectAll('rect')
    .data(cells)
    .join('rect')
    .attr('x', (d) => d.col * size)
    .attr('y', (d) => d.row * size)
    .attr('width', size)
    .attr('height', size)
    .attr('class', (d) => (d.value === null ? 'ms-missing' : d.thin ? 'ms-thin-cell' : null))
    .attr('fill', (d) => (d.value === null ? null : color(d.value)));

  drawColorRamp(
    f.plot.append('g').attr('transform', `translate(0,${rows.length * size + under + 14})`),
    (v) => color(v),
    domain,
    Math.min(240, f.innerWidth),
    fmt,
    options.legendTitle,
  );

  const outline = f.plot
    .append('rect')
    .attr('class', `ms-accent ${NO_EXPORT_CLASS}`)
    .attr('fill', 'none')
    .attr('stroke-width', 2)
    .attr('pointer-events', 'none')
    .attr('display', 'none');
  const tooltip = createTooltip(f.plot, f.innerWidth, f.innerHeight + f.margin.bottom);
  const describe = (d: HeatmapCell) =>
    `${d.rowLabel} × ${d.colLabel}: ${d.value === null ? 'no data' : fmt(d.value)}${d.thin ? ' (too few items)' : ''}`;
  const hover = createHover<HeatmapCell>(
    tooltip,
    (d) => [
      `${d.rowLabel} × ${d.colLabel}`,
      d.value === null ? 'no data' : `${fmt(d.value)}${d.thin ? ' (too few items)' : ''}`,
    ],
    options.onHover,
  );
  const enter = (d: HeatmapCell) => {
    outline
      .attr('x', d.col * size)
      .attr('y', d.row * size)
      .attr('width', size)
      .attr('height', size)
      .attr('display', null)
      .raise();
    hover.enter(d, (d.col + 0.5) * size, d.row * size);
  };
  const leave = () => {
    outline.attr('display', 'none');
    hover.leave();
  };
  marks
    .on('pointerenter.ms', (_e, d) => enter(d))
    .on('pointerleave.ms', leave)
    .on('click.ms', (_e, d) => options.onClick?.(d));
  bindRoving(marks, {
    label: describe,
    onFocus: enter,
    onBlur: leave,
    onActivate: (d) => options.onClick?.(d),
    columns: cols.length,
  });
  return { destroy: () => clearChart(el) };
}
