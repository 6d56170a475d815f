/**
 * Histogram of an observed distribution with an optional null distribution overlaid as an outline
 * (both on shared bins, as shares when a null is given so the two are comparable) and vertical
 * reference lines (medians, 0). Each bin is hoverable/clickable over the full plot height;
 * keyboard: one tab stop, arrows move between bins, Enter = click.
 */
import { bin, extent, max, scaleLinear, type Bin } from 'd3';
import { drawXAxis, drawYAxis, tickCount } from './axes.ts';
import { formatValue } from './format.ts';
import { clearChart, setupChart } from './frame.ts';
import { bindRoving } from './keyboard.ts';
import { drawLegend, type LegendItem } from './legend.ts';
import { seriesColor } from './palette.ts';
import { NO_EXPORT_CLASS } from './style.ts';
import { truncateLabel } from './text.ts';
import { createHover, createTooltip } from './tooltip.ts';
import type { BaseOptions, ChartHandle, NumberFormat } from './types.ts';

export interface HistogramData {
  values: readonly number[];
  /** Pooled values of the null model (e.g. all permutations). */
  nullValues?: readonly number[];
}

export interface HistogramBin {
  index: number;
  x0: number;
  x1: number;
  count: number;
  share: number;
  nullCount: number | null;
  nullShare: number | null;
}

export interface HistogramMarker {
  x: number;
  label: string;
  /** Colour of the line; defaults to the muted theme colour (a value of 0 uses the zero style). */
  color?: string;
}

export interface HistogramOptions extends BaseOptions<HistogramBin> {
  /** Approximate number of bins (d3 "nice" thresholds). Default 30. */
  bins?: number;
  /** y as counts or shares; default share when a null is given, else count. */
  normalize?: 'count' | 'share';
  markers?: readonly HistogramMarker[];
  xLabel?: string;
  valueFormat?: NumberFormat;
  labels?: readonly [observed: string, nullModel: string];
  colors?: readonly string[];
}

const finite = (v: number) => Number.isFinite(v);

export function renderHistogram(
  el: SVGSVGElement,
  data: HistogramData,
  options: HistogramOptions,
): ChartHandle {
  const fmt = options.valueFormat ?? formatValue;
  const obs = data.values.filter(finite);
  const nul = data.nullValues?.filter(finite) ?? null;
  const share = (options.normalize ?? (nul ? 'share' : 'count')) === 'share';
  const [labelObs, labelNull] = options.labels ?? ['observed', 'null model'];
  const colors = [seriesColor(0, options.colors), seriesColor(1, options.colors)];
  const f = setupChart(el, options, { top: 8, right: 16, bottom: options.xLabel ? 36 : 28, left: 48 });

  const items: LegendItem[] = [{ label: labelObs, color: colors[0], kind: 'swatch' }];
  if (nul) items.push({ label: labelNull, color: colors[1], kind: 'outline' });
  const legendH = drawLegend(
    f.svg.append('g').attr('transform', `translate(${f.margin.left},${f.margin.top})`),
    items,
    f.innerWidth,
  );
  const top = legendH + 18;
  f.plot.attr('transform', `translate(${f.margin.left},${f.margin.top + top})`);
  const iw = f.innerWidth;
  const ih = Math.max(1, f.innerHeight - top);

  const ext = extent([...obs, ...(nul ?? []), ...(options.markers ?? []).map((m) => m.x)]) as [
    number,
    number,
  ];
  const [lo, hi] = ext[0] === undefined ? [0, 1] : ext[0] === ext[1] ? [ext[0] - 0.5, ext[1] + 0.5] : ext;
  const x = scaleLinear()
    .domain([lo, hi])
    .nice(options.bins ?? 30);
  const binner = bin()
    .domain(x.domain() as [number, number])
    .thresholds(x.ticks(options.bins ?? 30));
  const ob: Bin<number, number>[] = binner(obs);
  const nb: Bin<number, number>[] | null = nul ? binner(nul) : null;
  x.range([0, iw]);
  const bins: HistogramBin[] = ob.map((b, i) => ({
    index: i,
    x0: b.x0!,
    x1: b.x1!,
    count: b.length,
    share: obs.length ? b.length / obs.length : 0,
    nullCount: nb ? nb[i].length : null,
    nullShare: nb && nul ? (nul.length ? nb[i].length / nul.length : 0) : null,
  }));
  const yOf = (d: HistogramBin, which: 'obs' | 'null') =>
    which === 'obs' ? (share ? d.share : d.count) : ((share ? d.nullShare : d.nullCount) ?? 0);
  const top1 = max(bins, (d) => Math.max(yOf(d, 'obs'), yOf(d, 'null'))) ?? 0;
  const y = scaleLinear()
    .domain([0, top1 || 1])
    .nice()
    .range([ih, 0]);

  drawYAxis(f.plot, y, iw, ih, { format: share ? (v) => `${formatValue(v * 100)}%` : formatValue, grid: iw });
  drawXAxis(f.plot, x, iw, ih, {
    ticks: tickCount(iw, f.compact ? 60 : 80),
    format: formatValue,
    label: options.xLabel,
  });

  f.plot
    .append('g')
    .attr('class', 'ms-bars')
    .attr('fill', colors[0])
    .attr('fill-opacity', 0.8)
    .selectAll('rect')
    .data(bins)
    .join('rect')
    .attr('x', (d) => x(d.x0) + 0.5)
    .attr('width', (d) => Math.max(0, x(d.x1) - x(d.x0) - 1))
    .attr('y', (d) => y(yOf(d, 'obs')))
    .attr('height', (d) => ih - y(yOf(d, 'obs')));
  if (nb) {
    let dPath = `M${x(bins[0]?.x0 ?? lo)},${ih}`;
    for (const b of bins) dPath += `V${y(yOf(b, 'null'))}H${x(b.x1)}`;
    dPath += `V${ih}`;
    f.plot
      .append('path')
      .attr('fill', 'none')
      .attr('stroke', colors[1])
      .attr('stroke-width', 2)
      .attr('d', dPath);
  }
  const refs = f.plot.append('g').attr('class', 'ms-references');
  (options.markers ?? []).forEach((m, i) => {
    const mx = x(m.x);
    const g = refs.append('g');
    g.append('line')
      .attr('class', m.x === 0 && !m.color ? 'ms-zero' : 'ms-marker')
      .attr('stroke', m.color ?? null)
      .attr('stroke-width', 1.5)
      .attr('x1', mx)
      .attr('x2', mx)
      .attr('y1', -4)
      .attr('y2', ih);
    g.append('text')
      .attr('class', 'ms-halo')
      .attr('x', mx + (mx > iw - 80 ? -3 : 3))
      .attr('y', 8 + (i % 3) * 12)
      .attr('text-anchor', mx > iw - 80 ? 'end' : 'start')
      .attr('font-size', 10)
      .text(m.label === fmt(m.x) ? m.label : `${truncateLabel(m.label, 110, 10)} ${fmt(m.x)}`);
  });

  const hits = f.plot
    .append('g')
    .attr('class', `ms-hits ${NO_EXPORT_CLASS}`)
    .selectAll('rect')
    .data(bins)
    .join('rect')
    .attr('x', (d) => x(d.x0))
    .attr('width', (d) => Math.max(1, x(d.x1) - x(d.x0)))
    .attr('y', 0)
    .attr('height', ih)
    .attr('fill', 'transparent');
  const tooltip = createTooltip(f.plot, iw, ih);
  const pct = (v: number) => `${formatValue(Math.round(v * 10000) / 100)}%`;
  const lines = (d: HistogramBin) => {
    const out = [`[${fmt(d.x0)}, ${fmt(d.x1)})`, `${labelObs}: ${formatValue(d.count)} (${pct(d.share)})`];
    if (d.nullCount !== null)
      out.push(`${labelNull}: ${formatValue(d.nullCount)} (${pct(d.nullShare ?? 0)})`);
    return out;
  };
  const hover = createHover<HistogramBin>(tooltip, lines, options.onHover);
  const enter = (d: HistogramBin) =>
    hover.enter(d, x((d.x0 + d.x1) / 2), y(Math.max(yOf(d, 'obs'), yOf(d, 'null'))));
  hits
    .on('pointerenter.ms', (_e, d) => enter(d))
    .on('pointerleave.ms', () => hover.leave())
    .on('click.ms', (_e, d) => options.onClick?.(d));
  bindRoving(hits, {
    label: (d) => lines(d).join('; '),
    onFocus: enter,
    onBlur: () => hover.leave(),
    onActivate: (d) => options.onClick?.(d),
  });
  return { destroy: () => clearChart(el) };
}
