/** Legends: a wrapping row of categorical keys, and a stepped colour ramp for sequential scales. */
import type { G } from './frame.ts';
import { textWidth, truncateLabel } from './text.ts';
import type { NumberFormat } from './types.ts';

export interface LegendItem {
  label: string;
  color: string;
  /**
   * `line`: stroke; `swatch`: filled square; `outline`: hollow square; `band`: faint fill;
   * `hollow`: an open circle (a point resting on too few items).
   */
  kind?: 'line' | 'dashed' | 'swatch' | 'outline' | 'band' | 'hollow';
}

const ROW = 16;

/** Draws `items` left to right from (0,0), wrapping within `width`; returns the height used. */
export function drawLegend(parent: G, items: readonly LegendItem[], width: number): number {
  const g = parent.append('g').attr('class', 'ms-legend');
  let x = 0;
  let y = 0;
  for (const item of items) {
    const label = truncateLabel(item.label, Math.max(60, width - 24));
    const w = 18 + textWidth(label, 11) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += ROW;
    }
    const key = g.append('g').attr('transform', `translate(${x},${y})`);
    const kind = item.kind ?? 'swatch';
    if (kind === 'line' || kind === 'dashed') {
      key
        .append('line')
        .attr('x1', 0)
        .attr('x2', 14)
        .attr('y1', 6)
        .attr('y2', 6)
        .attr('stroke', item.color)
        .attr('stroke-width', 2)
        .attr('stroke-dasharray', kind === 'dashed' ? '4 2' : null);
    } else if (kind === 'hollow') {
      key
        .append('circle')
        .attr('class', 'ms-thin')
        .attr('cx', 6)
        .attr('cy', 6)
        .attr('r', 4)
        .attr('stroke', item.color);
    } else {
      key
        .append('rect')
        .attr('width', 12)
        .attr('height', 12)
        .attr('fill', kind === 'outline' ? 'none' : item.color)
        .attr('fill-opacity', kind === 'band' ? 0.25 : null)
        .attr('stroke', kind === 'outline' ? item.color : null)
        .attr('stroke-width', kind === 'outline' ? 1.5 : null);
    }
    key.append('text').attr('x', 18).attr('y', 10).text(label);
    x += w;
  }
  return items.length ? y + ROW : 0;
}

/** A horizontal colour ramp of `steps` rects with min/max labels (no gradient ids needed). */
export function drawColorRamp(
  parent: G,
  color: (v: number) => string,
  domain: readonly [number, number],
  width: number,
  format: NumberFormat,
  title?: string,
  steps = 32,
): void {
  const g = parent.append('g').attr('class', 'ms-legend ms-ramp');
  const [lo, hi] = domain;
  const w = width / steps;
  for (let i = 0; i < steps; i++) {
    const v = lo + ((i + 0.5) / steps) * (hi - lo);
    g.append('rect')
      .attr('x', i * w)
      .attr('y', 0)
      .attr('width', w + 0.5)
      .attr('height', 10)
      .attr('fill', color(v));
  }
  g.append('text').attr('x', 0).attr('y', 22).text(format(lo));
  g.append('text').attr('x', width).attr('y', 22).attr('text-anchor', 'end').text(format(hi));
  if (title) g.append('text').attr('class', 'ms-muted').attr('x', 0).attr('y', -4).text(title);
}
