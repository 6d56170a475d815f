// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderBars } from '../../../src/charts/bars.ts';
import { renderHeatmap } from '../../../src/charts/heatmap.ts';
import { renderHistogram } from '../../../src/charts/histogram.ts';
import { renderLineBands } from '../../../src/charts/line-bands.ts';
import { renderScatter } from '../../../src/charts/scatter.ts';
import { renderTimeline } from '../../../src/charts/timeline.ts';
import { renderTrajectory } from '../../../src/charts/trajectory.ts';
import type { ChartHandle } from '../../../src/charts/types.ts';
import { DAY, T0, newSvg } from './fixtures.ts';

const o = { width: 390, height: 240, title: 'chart', description: 'desc' };
const charts: Record<string, (svg: SVGSVGElement) => ChartHandle> = {
  timeline: (s) =>
    renderTimeline(
      s,
      [
        { t: T0, posts: 1, comments: 2 },
        { t: T0 + DAY, posts: 3, comments: 1 },
      ],
      o,
    ),
  heatmap: (s) =>
    renderHeatmap(
      s,
      {
        rows: ['a', 'b'],
        values: [
          [1, 0],
          [0, 1],
        ],
      },
      o,
    ),
  lineBands: (s) =>
    renderLineBands(s, { x: [T0, T0 + DAY], series: [{ key: 'k', label: 'k', values: [1, 2] }] }, o),
  histogram: (s) => renderHistogram(s, { values: [1, 2, 3] }, o),
  scatter: (s) => renderScatter(s, [{ x: 1, y: 2 }], o),
  trajectory: (s) =>
    renderTrajectory(s, { cloud: [0, 0], path: [{ t: T0, x: 1, y: 1 }] }, { ...o, renderer: 'density' }),
  bars: (s) => renderBars(s, [{ key: 'a', label: 'a', value: 1 }], o),
};

describe.each(Object.entries(charts))('%s', (_name, render) => {
  it('re-renders identically, is accessible, and destroys cleanly', () => {
    const svg = newSvg();
    render(svg);
    const first = svg.outerHTML;
    render(svg);
    expect(svg.outerHTML).toBe(first);
    expect(svg.querySelectorAll('title')).toHaveLength(1);
    expect(svg.querySelector(':scope > title')!.textContent).toBe('chart');
    expect(svg.querySelector(':scope > desc')!.textContent).toBe('desc');
    expect(svg.getAttribute('viewBox')).toBe('0 0 390 240');
    render(svg).destroy();
    expect(svg.childNodes).toHaveLength(0);
  });
});

describe('empty inputs', () => {
  it('all charts accept empty data', () => {
    const s = () => newSvg();
    expect(() => {
      renderTimeline(s(), [], o);
      renderHeatmap(s(), { rows: [], values: [] }, o);
      renderLineBands(s(), { x: [], series: [] }, o);
      renderHistogram(s(), { values: [] }, o);
      renderScatter(s(), [], o);
      renderTrajectory(s(), { cloud: [], path: [] }, { ...o, renderer: 'density' });
      renderBars(s(), [], o);
    }).not.toThrow();
  });
});
