// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderHeatmap, type HeatmapData } from '../../../src/charts/heatmap.ts';
import { formatDay } from '../../../src/charts/format.ts';
import { DAY, T0, newSvg, seeded } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

function matrix(n: number): HeatmapData {
  const r = seeded(3);
  const rows = Array.from({ length: n }, (_, i) => formatDay(new Date(T0 + i * DAY)));
  const values = rows.map((_, i) =>
    rows.map((__, j) =>
      i === j ? 1 : i === 2 && j === 5 ? null : 1 - 0.3 * Math.exp(-Math.min(i, j)) * r.uniform(),
    ),
  );
  return { rows, values };
}

describe('heatmap', () => {
  it('renders a day × day matrix with a legend', () => {
    const svg = newSvg();
    renderHeatmap(svg, matrix(8), {
      width: 480,
      height: 480,
      title: 'Centroid similarity',
      legendTitle: 'cosine',
    });
    expectSvgSnapshot('heatmap', svg);
  });

  it('thins labels for long ranges at 390 px', () => {
    const svg = newSvg();
    renderHeatmap(svg, matrix(40), { width: 390, height: 390, title: 'Centroid similarity' });
    expectSvgSnapshot('heatmap-40-days-narrow', svg);
    expect(svg.querySelectorAll('.ms-cells rect')).toHaveLength(1600);
    expect(svg.querySelectorAll('.ms-cells [tabindex="0"]')).toHaveLength(1);
  });

  it('hovers exact values and navigates cells with the keyboard', () => {
    const svg = newSvg();
    const onHover = vi.fn();
    const onClick = vi.fn();
    const data = matrix(4);
    renderHeatmap(svg, data, { width: 300, height: 300, title: 'h', onHover, onClick });
    const cells = svg.querySelectorAll<SVGRectElement>('.ms-cells rect');
    cells[1].dispatchEvent(new PointerEvent('pointerenter'));
    expect(onHover).toHaveBeenLastCalledWith(
      expect.objectContaining({ row: 0, col: 1, value: data.values[0][1] }),
    );
    expect(svg.querySelector('.ms-tooltip')!.textContent).toContain('2026-01-28 × 2026-01-29');
    cells[0].focus();
    cells[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    expect(cells[4].getAttribute('tabindex')).toBe('0');
    expect(cells[0].getAttribute('tabindex')).toBe('-1');
    cells[4].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(onClick).toHaveBeenCalledWith(expect.objectContaining({ row: 1, col: 0 }));
    cells[6].dispatchEvent(new MouseEvent('click'));
    expect(onClick).toHaveBeenLastCalledWith(expect.objectContaining({ row: 1, col: 2 }));
  });
});
