// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderBars } from '../../../src/charts/bars.ts';
import { renderHeatmap } from '../../../src/charts/heatmap.ts';
import { renderHistogram } from '../../../src/charts/histogram.ts';
import { renderLineBands } from '../../../src/charts/line-bands.ts';
import { renderScatter } from '../../../src/charts/scatter.ts';
import { renderTimeline } from '../../../src/charts/timeline.ts';
import { renderTrajectory } from '../../../src/charts/trajectory.ts';
import { cleanLabel } from '../../../src/charts/text.ts';
import { HOSTILE, T0, newSvg } from './fixtures.ts';

const base = { width: 420, height: 260, title: HOSTILE, description: HOSTILE };

function expectInert(svg: SVGSVGElement): void {
  expect(svg.querySelector('script, img, foreignObject, iframe')).toBeNull();
  for (const el of svg.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
  }
  expect(svg.querySelector('title')!.textContent).toBe(HOSTILE);
}

function hoverAll(svg: SVGSVGElement): void {
  for (const el of svg.querySelectorAll('[tabindex]')) el.dispatchEvent(new FocusEvent('focus'));
}

describe('hostile labels stay text', () => {
  it('bars', () => {
    const svg = newSvg();
    renderBars(svg, [{ key: HOSTILE, label: HOSTILE, value: 3, detail: HOSTILE }], base);
    hoverAll(svg);
    expectInert(svg);
    expect(svg.querySelector('.ms-bars text')!.textContent).toContain('<script>');
    expect(svg.querySelector('.ms-tooltip')!.textContent).toContain('<img src=x onerror=');
  });

  it('heatmap', () => {
    const svg = newSvg();
    renderHeatmap(
      svg,
      {
        rows: [HOSTILE, 'b'],
        values: [
          [1, 0.5],
          [0.5, 1],
        ],
      },
      { ...base, legendTitle: HOSTILE },
    );
    hoverAll(svg);
    expectInert(svg);
  });

  it('line bands, histogram, timeline', () => {
    const a = newSvg();
    renderLineBands(
      a,
      { x: [T0], series: [{ key: HOSTILE, label: HOSTILE, values: [1] }] },
      { ...base, yLabel: HOSTILE },
    );
    hoverAll(a);
    expectInert(a);
    const b = newSvg();
    renderHistogram(
      b,
      { values: [1, 2], nullValues: [1] },
      { ...base, labels: [HOSTILE, HOSTILE], markers: [{ x: 1, label: HOSTILE }] },
    );
    hoverAll(b);
    expectInert(b);
    const c = newSvg();
    renderTimeline(c, [{ t: T0, posts: 1, comments: 2 }], {
      ...base,
      seriesLabels: [HOSTILE, HOSTILE],
      bands: [{ start: T0, end: T0 + 3600e3, label: HOSTILE }],
      markers: [{ t: T0, label: HOSTILE }],
    });
    hoverAll(c);
    expectInert(c);
  });

  it('scatter and trajectory', () => {
    const a = newSvg();
    renderScatter(a, [{ x: 1, y: 1, key: 'k', label: HOSTILE }], { ...base, highlight: ['k'] });
    hoverAll(a);
    expectInert(a);
    const b = newSvg();
    renderTrajectory(
      b,
      { cloud: [0, 0, 1, 1], path: [{ t: T0, x: 0, y: 0, label: HOSTILE }] },
      { ...base, renderer: 'density' },
    );
    hoverAll(b);
    expectInert(b);
  });

  it('strips control and bidi-override characters from labels', () => {
    expect(cleanLabel('a\u202Eb\u0000c\nd')).toBe('a b c d');
  });
});
