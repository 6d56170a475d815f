/**
 * Horizontal bar list (top submolts, top agents): label column, bar, value at the bar end. Labels
 * are agent-written: cleaned, truncated to the label column, full text in tooltip and aria-label.
 * Keyboard: one tab stop, arrows move between bars, Enter = click.
 */
import { max, scaleBand, scaleLinear } from 'd3';
import { formatValue } from './format.ts';
import { clearChart, setupChart } from './frame.ts';
import { bindRoving } from './keyboard.ts';
import { seriesColor } from './palette.ts';
import { NO_EXPORT_CLASS } from './style.ts';
import { cleanLabel, textWidth, truncateLabel } from './text.ts';
import { createHover, createTooltip } from './tooltip.ts';
import type { BaseOptions, ChartHandle, NumberFormat } from './types.ts';
import { maxOf } from '../core/bounded.ts';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** Optional second tooltip line (e.g. "412 agents"). */
  detail?: string;
}

export interface BarsOptions extends BaseOptions<BarDatum> {
  valueFormat?: NumberFormat;
  color?: string;
  /** Key of a bar to emphasise (e.g. the current selection). */
  highlightKey?: string | null;
  /** Show at most this many bars (in the given order). */
  limit?: number;
}

export function renderBars(el: SVGSVGElement, data: readonly BarDatum[], options: BarsOptions): ChartHandle {
  const fmt = options.valueFormat ?? formatValue;
  const rows = data.slice(0, options.limit ?? data.length).filter((d) => Number.isFinite(d.value));
  const labelCol = Math.min(
    options.width * (options.width < 480 ? 0.38 : 0.3),
    Math.max(40, maxOf(rows.map((d) => textWidth(cleanLabel(d.label), 11)))) + 8,
  );
  const valueCol = Math.max(36, maxOf(rows.map((d) => textWidth(fmt(d.value), 10)))) + 8;
  const f = setupChart(el, options, { top: 4, right: valueCol, bottom: 4, left: labelCol });
  const { innerWidth: iw, innerHeight: ih } = f;
  const y = scaleBand<string>()
    .domain(rows.map((d, i) => `${i}`))
    .range([0, Math.min(ih, rows.length * 24)])
    .paddingInner(0.2);
  const x = scaleLinear()
    .domain([0, Math.max(0, max(rows, (d) => d.value) ?? 0) || 1])
    .range([0, iw]);
  const color = options.color ?? seriesColor(0);
  const accent = seriesColor(3);

  const rowG = f.plot
    .append('g')
    .attr('class', 'ms-bars')
    .selectAll('g')
    .data(rows)
    .join('g')
    .attr('transform', (_d, i) => `translate(0,${y(`${i}`)})`);
  const bw = y.bandwidth();
  rowG
    .append('text')
    .attr('x', -6)
    .attr('y', bw / 2)
    .attr('dy', '0.32em')
    .attr('text-anchor', 'end')
    .text((d) => truncateLabel(d.label, labelCol - 8));
  const bars = rowG
    .append('rect')
    .attr('x', Math.min(x(0), iw))
    .attr('height', bw)
    .attr('width', (d) => Math.max(0, x(Math.max(0, d.value)) - x(0)))
    .attr('fill', (d) => (d.key === options.highlightKey ? accent : color));
  rowG
    .append('text')
    .attr('class', 'ms-muted')
    .attr('x', (d) => x(Math.max(0, d.value)) + 4)
    .attr('y', bw / 2)
    .attr('dy', '0.32em')
    .attr('font-size', 10)
    .text((d) => fmt(d.value));
  // Full-row hit areas so short bars are as easy to hover and click as long ones.
  const hits = rowG
    .append('rect')
    .attr('x', -labelCol)
    .attr('width', labelCol + iw + valueCol)
    .attr('height', bw)
    .attr('class', NO_EXPORT_CLASS)
    .attr('fill', 'transparent');

  const tooltip = createTooltip(f.plot, iw, ih);
  const lines = (d: BarDatum) => [cleanLabel(d.label), fmt(d.value), ...(d.detail ? [d.detail] : [])];
  const hover = createHover<BarDatum>(tooltip, lines, options.onHover);
  const enter = (d: BarDatum) => {
    const i = rows.indexOf(d);
    bars.attr('fill-opacity', (b) => (b === d ? 1 : 0.7));
    hover.enter(d, Math.min(iw, x(Math.max(0, d.value))), (y(`${i}`) ?? 0) + bw);
  };
  const leave = () => {
    bars.attr('fill-opacity', null);
    hover.leave();
  };
  hits
    .on('pointerenter.ms', (_e, d) => enter(d))
    .on('pointerleave.ms', leave)
    .on('click.ms', (_e, d) => options.onClick?.(d));
  bindRoving(hits, {
    label: (d) => lines(d).join(': '),
    onFocus: enter,
    onBlur: leave,
    onActivate: (d) => options.onClick?.(d),
  });
  return { destroy: () => clearChart(el) };
}
