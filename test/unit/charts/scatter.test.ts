// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderScatter, type ScatterPoint } from '../../../src/charts/scatter.ts';
import { newSvg, seeded } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

function agents(n: number, seed = 6): ScatterPoint[] {
  const r = seeded(seed);
  return Array.from({ length: n }, (_, i) => {
    const posts = Math.round(10 * Math.exp(3 * r.uniform()));
    return {
      key: `a${i}`,
      label: `agent_${i}`,
      x: posts,
      y: Math.max(0, 0.3 / Math.sqrt(posts) + 0.02 * r.normal()),
    };
  });
}

describe('scatter', () => {
  it('renders SVG circles with a log x axis and highlighted points', () => {
    const svg = newSvg();
    const h = renderScatter(svg, agents(200), {
      width: 600,
      height: 320,
      title: 'Drift vs activity',
      xLog: true,
      xLabel: 'posts',
      yLabel: 'drift',
      highlight: ['a3', 'a10'],
    });
    expect(h.renderer).toBe('svg');
    expectSvgSnapshot('scatter-log', svg);
  });

  it('aggregates large clouds into a density grid when no canvas exists', () => {
    const svg = newSvg();
    const h = renderScatter(svg, agents(20_000, 7), {
      width: 390,
      height: 260,
      title: 'Drift vs activity (20k)',
      xLog: true,
      renderer: 'density',
    });
    expect(h.renderer).toBe('density');
    expect(svg.querySelectorAll('circle:not(.ms-accent)')).toHaveLength(0);
    expectSvgSnapshot('scatter-density', svg);
  });

  it('rasterises to an <image> when a canvas is available', () => {
    const ctx = {
      scale: vi.fn(),
      beginPath: vi.fn(),
      arc: vi.fn(),
      fill: vi.fn(),
      fillStyle: '',
      globalAlpha: 1,
    };
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
    const toDataURL = vi
      .spyOn(HTMLCanvasElement.prototype, 'toDataURL')
      .mockReturnValue('data:image/png;base64,AAAA');
    try {
      const svg = newSvg();
      const h = renderScatter(svg, agents(6000), { width: 400, height: 300, title: 'raster' });
      expect(h.renderer).toBe('canvas');
      expect(ctx.arc).toHaveBeenCalledTimes(6000);
      expect(svg.querySelector('image.ms-raster')!.getAttribute('href')).toBe('data:image/png;base64,AAAA');
    } finally {
      getContext.mockRestore();
      toDataURL.mockRestore();
    }
  });

  it('picks the nearest point on hover and click', () => {
    const svg = newSvg();
    const onHover = vi.fn();
    const onClick = vi.fn();
    const pts = [
      { x: 0, y: 0, key: 'a' },
      { x: 10, y: 10, key: 'b' },
    ];
    renderScatter(svg, pts, {
      width: 300,
      height: 200,
      title: 's',
      onHover,
      onClick,
      margin: { left: 0, top: 0 },
    });
    const overlay = svg.querySelector('.ms-overlay')!;
    // jsdom: d3.pointer falls back to clientX/Y relative to a zero bounding box.
    overlay.dispatchEvent(new MouseEvent('pointermove', { clientX: 2, clientY: 190, bubbles: true }));
    expect(onHover).toHaveBeenLastCalledWith(pts[0]);
    overlay.dispatchEvent(new MouseEvent('click', { clientX: 298, clientY: 2, bubbles: true }));
    expect(onClick).toHaveBeenLastCalledWith(pts[1]);
    overlay.dispatchEvent(new MouseEvent('pointermove', { clientX: 150, clientY: 90, bubbles: true }));
    expect(onHover).toHaveBeenLastCalledWith(null);
  });
});
