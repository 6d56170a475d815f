/**
 * Prepares an SVG for a render: clears it (idempotent re-render), sizes it, writes the accessible
 * `<title>`/`<desc>`, embeds the chart stylesheet and returns the plot group and inner size.
 */
import { select, type Selection } from 'd3';
import { CHART_CLASS, CHART_CSS } from './style.ts';
import type { BaseOptions, Margin } from './types.ts';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type G = Selection<SVGGElement, unknown, null, undefined>;

export interface Frame {
  svg: Svg;
  /** Group translated by the margins; plot coordinates are (0,0)..(innerWidth, innerHeight). */
  plot: G;
  width: number;
  height: number;
  innerWidth: number;
  innerHeight: number;
  margin: Margin;
  /** True for narrow layouts (< 560 px): fewer ticks, smaller margins. */
  compact: boolean;
}

/** Width below which charts switch to their compact layout. */
export const COMPACT_WIDTH = 560;

/** Clears `el` and removes listeners registered by a previous render. */
export function clearChart(el: SVGSVGElement): void {
  const svg = select(el);
  svg.on('.ms', null);
  svg.selectAll('*').remove();
}

export function setupChart<D>(
  el: SVGSVGElement,
  options: BaseOptions<D>,
  defaults: Margin,
  role: 'img' | 'group' = 'group',
): Frame {
  clearChart(el);
  const width = Math.max(1, Math.round(options.width));
  const height = Math.max(1, Math.round(options.height));
  const margin: Margin = { ...defaults, ...options.margin };
  const svg = select(el)
    .attr('class', CHART_CLASS)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', role)
    .attr('style', 'max-width: 100%; height: auto;');
  svg.append('title').text(options.title);
  if (options.description) svg.append('desc').text(options.description);
  svg.append('style').text(CHART_CSS);
  const plot = svg
    .append('g')
    .attr('class', 'ms-plot')
    .attr('transform', `translate(${margin.left},${margin.top})`);
  return {
    svg,
    plot,
    width,
    height,
    innerWidth: Math.max(1, width - margin.left - margin.right),
    innerHeight: Math.max(1, height - margin.top - margin.bottom),
    margin,
    compact: width < COMPACT_WIDTH,
  };
}

/** A handle whose `destroy` clears the SVG. */
export function basicHandle(el: SVGSVGElement): { destroy(): void } {
  return { destroy: () => clearChart(el) };
}
