/** Axis and grid helpers; styling comes from the `.ms-axis`/`.ms-grid` rules in `style.ts`. */
import { axisBottom, axisLeft, type AxisDomain, type AxisScale } from 'd3';
import type { G } from './frame.ts';

export interface AxisOptions<T> {
  ticks?: number;
  format?: (v: T) => string;
  label?: string;
  /** Draw grid lines across the plot, `size` px long. */
  grid?: number;
}

/** Tick count that keeps labels about `spacing` px apart. */
export function tickCount(length: number, spacing = 80): number {
  return Math.max(2, Math.floor(length / spacing));
}

export function drawXAxis<T extends AxisDomain>(
  plot: G,
  scale: AxisScale<T>,
  innerWidth: number,
  innerHeight: number,
  opts: AxisOptions<T> = {},
): G {
  const axis = axisBottom(scale).ticks(opts.ticks ?? tickCount(innerWidth));
  if (opts.format) axis.tickFormat((v) => opts.format!(v));
  if (opts.grid) {
    const grid = plot.append('g').attr('class', 'ms-grid').attr('aria-hidden', 'true');
    grid
      .append('g')
      .attr('transform', `translate(0,${innerHeight})`)
      .call(
        axisBottom(scale)
          .ticks(opts.ticks ?? tickCount(innerWidth))
          .tickSize(-opts.grid)
          .tickFormat(() => ''),
      )
      .call((g) => g.select('.domain').remove());
  }
  const g = plot
    .append('g')
    .attr('class', 'ms-axis ms-axis-x')
    .attr('aria-hidden', 'true')
    .attr('transform', `translate(0,${innerHeight})`)
    .call(axis);
  if (opts.label) {
    g.append('text')
      .attr('class', 'ms-axis-label')
      .attr('x', innerWidth)
      .attr('y', 30)
      .attr('text-anchor', 'end')
      .text(opts.label);
  }
  return g;
}

export function drawYAxis<T extends AxisDomain>(
  plot: G,
  scale: AxisScale<T>,
  innerWidth: number,
  innerHeight: number,
  opts: AxisOptions<T> = {},
): G {
  const ticks = opts.ticks ?? tickCount(innerHeight, 40);
  const axis = axisLeft(scale).ticks(ticks);
  if (opts.format) axis.tickFormat((v) => opts.format!(v));
  if (opts.grid) {
    plot
      .append('g')
      .attr('class', 'ms-grid')
      .attr('aria-hidden', 'true')
      .call(
        axisLeft(scale)
          .ticks(ticks)
          .tickSize(-opts.grid)
          .tickFormat(() => ''),
      )
      .call((g) => g.select('.domain').remove());
  }
  const g = plot.append('g').attr('class', 'ms-axis ms-axis-y').attr('aria-hidden', 'true').call(axis);
  if (opts.label) {
    g.append('text')
      .attr('class', 'ms-axis-label')
      .attr('x', 0)
      .attr('y', -8)
      .attr('text-anchor', 'start')
      .text(opts.label);
  }
  return g;
}
