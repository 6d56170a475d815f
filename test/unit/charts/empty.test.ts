import { describe, expect, it } from 'vitest';
import { isEmptyChart } from '../../../src/charts/empty.ts';
import { renderBars } from '../../../src/charts/bars.ts';
import { renderHeatmap } from '../../../src/charts/heatmap.ts';
import { renderHistogram } from '../../../src/charts/histogram.ts';
import { renderLineBands } from '../../../src/charts/line-bands.ts';
import { renderScatter } from '../../../src/charts/scatter.ts';
import { renderTimeline } from '../../../src/charts/timeline.ts';

describe('charts with nothing to draw are recognised (the host shows "no data")', () => {
  it('line bands: no x, or every value missing', () => {
    expect(isEmptyChart(renderLineBands, { x: [], series: [] })).toBe(true);
    expect(
      isEmptyChart(renderLineBands, { x: [1, 2], series: [{ key: 'a', label: 'a', values: [null, NaN] }] }),
    ).toBe(true);
    expect(
      isEmptyChart(renderLineBands, { x: [1, 2], series: [{ key: 'a', label: 'a', values: [null, 0] }] }),
    ).toBe(false);
  });
  it('bars, histogram, heatmap, scatter, timeline', () => {
    expect(isEmptyChart(renderBars, [])).toBe(true);
    expect(isEmptyChart(renderBars, [{ key: 'a', label: 'a', value: 0 }])).toBe(false);
    expect(isEmptyChart(renderHistogram, { values: [] })).toBe(true);
    expect(isEmptyChart(renderHistogram, { values: [NaN] })).toBe(true);
    expect(isEmptyChart(renderHistogram, { values: [0] })).toBe(false);
    expect(isEmptyChart(renderHeatmap, { rows: ['a'], values: [[null]] })).toBe(true);
    expect(isEmptyChart(renderHeatmap, { rows: ['a'], values: [[0.5]] })).toBe(false);
    expect(isEmptyChart(renderScatter, [{ x: NaN, y: 1 }])).toBe(true);
    expect(isEmptyChart(renderScatter, [{ x: 0, y: 1 }])).toBe(false);
    expect(isEmptyChart(renderTimeline, [{ t: 0, posts: 0, comments: 0 }])).toBe(true);
    expect(isEmptyChart(renderTimeline, [{ t: 0, posts: 0, comments: 2 }])).toBe(false);
  });
  it('an unknown render function is never called empty', () => {
    expect(isEmptyChart(() => ({ destroy() {} }), [])).toBe(false);
  });
});
