// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderHistogram } from '../../../src/charts/histogram.ts';
import { newSvg, seeded } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

describe('histogram', () => {
  const r = seeded(5);
  const values = Array.from({ length: 500 }, () => 0.05 + 0.1 * r.normal());
  const nullValues = Array.from({ length: 2000 }, () => 0.1 * r.normal());

  it('overlays a null distribution with median and zero lines', () => {
    const svg = newSvg();
    renderHistogram(
      svg,
      { values, nullValues },
      {
        width: 600,
        height: 260,
        title: 'Societal pull',
        xLabel: 'ΔS',
        bins: 24,
        markers: [
          { x: 0, label: '0' },
          { x: 0.05, label: 'observed median', color: '#0072B2' },
        ],
      },
    );
    expectSvgSnapshot('histogram-null', svg);
  });

  it('renders counts without a null at 390 px', () => {
    const svg = newSvg();
    renderHistogram(svg, { values: values.slice(0, 100) }, { width: 390, height: 200, title: 'counts' });
    expectSvgSnapshot('histogram-counts-narrow', svg);
  });

  it('reports bins with counts and shares', () => {
    const svg = newSvg();
    const onClick = vi.fn();
    renderHistogram(
      svg,
      { values: [0, 0.1, 0.1, 0.2], nullValues: [0.1] },
      { width: 300, height: 200, title: 'h', bins: 2, onClick },
    );
    const hits = svg.querySelectorAll<SVGRectElement>('.ms-hits rect');
    hits[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const bin = onClick.mock.calls[0][0];
    expect(bin.count + onClick.mock.calls.length).toBeGreaterThan(0);
    const total = [...hits].length;
    expect(total).toBeGreaterThan(1);
    expect(bin).toMatchObject({ index: 0, nullCount: expect.any(Number), nullShare: expect.any(Number) });
    expect(bin.share).toBeCloseTo(bin.count / 4);
  });
});
