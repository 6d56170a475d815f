/** Time annotations (shaded bands and point markers) for time axes, and the Moltbook defaults. */
import type { ScaleTime } from 'd3';
import type { G } from './frame.ts';
import { truncateLabel } from './text.ts';

export interface TimeBand {
  /** UTC milliseconds. */
  start: number;
  end: number;
  label: string;
}

export interface TimeMarker {
  /** UTC milliseconds. */
  t: number;
  label: string;
}

/** Known platform events: the launch and the outage of 2026-02-01 17:35 → 2026-02-03 13:25 UTC. */
export const MOLTBOOK_BANDS: readonly TimeBand[] = [
  { start: Date.UTC(2026, 1, 1, 17, 35), end: Date.UTC(2026, 1, 3, 13, 25), label: 'platform offline' },
];
export const MOLTBOOK_MARKERS: readonly TimeMarker[] = [{ t: Date.UTC(2026, 0, 28), label: 'launch' }];

/** Draws bands and markers clipped to the x domain; labels sit along the plot's top edge. */
export function drawTimeAnnotations(
  plot: G,
  x: ScaleTime<number, number>,
  innerHeight: number,
  bands: readonly TimeBand[] = [],
  markers: readonly TimeMarker[] = [],
): void {
  const [d0, d1] = x.domain().map((d) => d.getTime());
  const g = plot.append('g').attr('class', 'ms-annotations');
  for (const b of bands) {
    const s = Math.max(b.start, d0);
    const e = Math.min(b.end, d1);
    if (!(e > s)) continue;
    const x0 = x(s);
    const w = x(e) - x0;
    const band = g.append('g').attr('class', 'ms-annotation');
    band
      .append('rect')
      .attr('class', 'ms-band')
      .attr('x', x0)
      .attr('y', 0)
      .attr('width', w)
      .attr('height', innerHeight);
    band
      .append('text')
      .attr('class', 'ms-muted')
      .attr('x', x0 + 3)
      .attr('y', 11)
      .attr('font-size', 10)
      .text(truncateLabel(b.label, Math.max(w - 4, 110), 10));
  }
  for (const m of markers) {
    if (m.t < d0 || m.t > d1) continue;
    const mx = x(m.t);
    const mark = g.append('g').attr('class', 'ms-annotation');
    mark
      .append('line')
      .attr('class', 'ms-marker')
      .attr('x1', mx)
      .attr('x2', mx)
      .attr('y1', 0)
      .attr('y2', innerHeight);
    mark
      .append('text')
      .attr('class', 'ms-muted ms-halo')
      .attr('x', mx + 3)
      .attr('y', 24)
      .attr('font-size', 10)
      .text(truncateLabel(m.label, 90, 10));
  }
}
