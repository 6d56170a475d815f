// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderLineBands, type LineBandsData } from '../../../src/charts/line-bands.ts';
import { DAY, T0, newSvg, seeded } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

function data(): LineBandsData {
  const r = seeded(4);
  const n = 12;
  const x = Array.from({ length: n }, (_, i) => T0 + i * DAY);
  const centroid = x.map((_, i) => (i === 0 ? null : 0.99 - 0.3 * Math.exp(-i) + 0.005 * r.uniform()));
  const pair = x.map((_, i) => (i === 6 ? null : 0.12 + 0.02 * r.uniform()));
  return {
    x,
    series: [
      {
        key: 'centroid',
        label: 'centroid S(t-1,t)',
        values: centroid,
        lo: centroid.map((v) => (v === null ? null : v - 0.05)),
        hi: centroid.map((v) => (v === null ? null : Math.min(1, v + 0.02))),
      },
      { key: 'pair', label: 'pairwise', values: pair, dashed: true },
    ],
  };
}

describe('lineBands', () => {
  it('renders lines, null bands, legend and a highlighted day', () => {
    const svg = newSvg();
    renderLineBands(svg, data(), {
      width: 640,
      height: 280,
      title: 'Semantic stabilisation',
      yLabel: 'cosine',
      highlightX: T0 + 4 * DAY,
    });
    expectSvgSnapshot('line-bands', svg);
  });

  it('renders a linear x at 390 px', () => {
    const svg = newSvg();
    renderLineBands(
      svg,
      { x: [1, 2, 3, 4], series: [{ key: 'a', label: 'a', values: [-1, 0.5, 2, 1] }] },
      { width: 390, height: 200, title: 'linear', xType: 'linear', xLabel: 'window' },
    );
    expectSvgSnapshot('line-bands-linear-narrow', svg);
  });

  it('gives one point or a constant series a scale around its value, not −1…1', () => {
    const svg = newSvg();
    renderLineBands(
      svg,
      { x: [T0], series: [{ key: 'pr', label: 'PageRank', values: [0.003] }] },
      { width: 640, height: 200, title: 'one day' },
    );
    const yTicks = [...svg.querySelectorAll('.ms-axis-y .tick text')].map((t) => Number(t.textContent));
    expect(Math.min(...yTicks)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...yTicks)).toBeLessThan(0.01);
    expect(Math.max(...yTicks)).toBeGreaterThan(0.003);
    // The x axis spans the day, labelled by date, not milliseconds around one instant.
    const xTicks = [...svg.querySelectorAll('.ms-axis-x .tick text')].map((t) => t.textContent ?? '');
    expect(xTicks.length).toBeGreaterThan(0);
    for (const t of xTicks) expect(t).not.toMatch(/\.\d{3}$/);
  });

  it('steps the crosshair with the keyboard and reports exact values', () => {
    const svg = newSvg();
    const onHover = vi.fn();
    const onClick = vi.fn();
    const d = data();
    renderLineBands(svg, d, {
      width: 500,
      height: 240,
      title: 't',
      onHover,
      onClick,
      highlightX: T0 + 3 * DAY,
    });
    const overlay = svg.querySelector('.ms-overlay') as SVGRectElement;
    overlay.dispatchEvent(new FocusEvent('focus'));
    expect(onHover).toHaveBeenLastCalledWith(expect.objectContaining({ index: 3, x: T0 + 3 * DAY }));
    overlay.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
    overlay.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const p = onClick.mock.calls[0][0];
    expect(p.index).toBe(2);
    expect(p.values[0]).toEqual({
      key: 'centroid',
      label: 'centroid S(t-1,t)',
      value: d.series[0].values[2],
      lo: d.series[0].lo![2],
      hi: d.series[0].hi![2],
      thin: false,
    });
    expect(svg.querySelector('.ms-tooltip')!.textContent).toContain('2026-01-30');
  });

  it('draws points on too few items hollow, says so in the legend and the tooltip', () => {
    const svg = newSvg();
    const onHover = vi.fn();
    const d = data();
    const counts = d.x.map((_, i) => (i < 2 ? 5 : 500));
    const few = counts.map((n) => n < 100);
    renderLineBands(
      svg,
      {
        ...d,
        counts,
        thinLabel: 'hollow: fewer than 100 items',
        series: d.series.map((s) => ({ ...s, thin: few })),
      },
      { width: 500, height: 240, title: 't', onHover },
    );
    // Day 0 of the centroid curve has no value: only its day 1 is drawn hollow; pairwise has both.
    expect(svg.querySelectorAll('circle.ms-thin[data-thin="centroid"]')).toHaveLength(1);
    expect(svg.querySelectorAll('circle.ms-thin[data-thin="pair"]')).toHaveLength(2);
    expect(svg.querySelector('.ms-legend')!.textContent).toContain('hollow: fewer than 100 items');
    const overlay = svg.querySelector('.ms-overlay') as SVGRectElement;
    overlay.dispatchEvent(new FocusEvent('focus'));
    const tip = () => svg.querySelector('.ms-tooltip')!.textContent ?? '';
    expect(onHover.mock.lastCall?.[0].index).toBe(0);
    overlay.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(onHover.mock.lastCall?.[0].index).toBe(1);
    expect(tip()).toContain('5 items');
    expect(tip()).toContain('(too few items)');
    expect(onHover.mock.lastCall?.[0].values[0].thin).toBe(true);
    overlay.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    overlay.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(onHover.mock.lastCall?.[0].index).toBe(3);
    expect(tip()).toContain('500 items');
    expect(tip()).not.toContain('too few');
  });
});
