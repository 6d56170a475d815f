// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { MOLTBOOK_BANDS, MOLTBOOK_MARKERS } from '../../../src/charts/annotations.ts';
import { renderTimeline, type TimelineDatum } from '../../../src/charts/timeline.ts';
import { DAY, T0, newSvg, seeded } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

function days(n = 14): TimelineDatum[] {
  const r = seeded(1);
  return Array.from({ length: n }, (_, i) => ({
    t: T0 + i * DAY,
    posts: Math.round(200 + 800 * r.uniform() + i * 50),
    comments: Math.round(900 + 3000 * r.uniform() + i * 200),
  }));
}

describe('timeline', () => {
  it('renders lines with annotations and a brush', () => {
    const svg = newSvg();
    renderTimeline(svg, days(), {
      width: 640,
      height: 240,
      title: 'Posts and comments per day',
      description: 'Synthetic society',
      bands: MOLTBOOK_BANDS,
      markers: MOLTBOOK_MARKERS,
      brush: [T0 + 2 * DAY, T0 + 5 * DAY],
    });
    expectSvgSnapshot('timeline-lines', svg);
  });

  it('renders stacked hourly counts at 390 px', () => {
    const r = seeded(2);
    const data = Array.from({ length: 72 }, (_, i) => ({
      t: T0 + i * 3_600_000,
      posts: Math.round(20 * r.uniform()),
      comments: Math.round(80 * r.uniform()),
    }));
    const svg = newSvg();
    renderTimeline(svg, data, {
      width: 390,
      height: 200,
      title: 'Hourly',
      interval: 'hour',
      mode: 'stacked',
    });
    expectSvgSnapshot('timeline-stacked-hourly', svg);
  });

  it('is idempotent and supports programmatic brush without calling onBrush', () => {
    const svg = newSvg();
    const onBrush = vi.fn();
    const opts = { width: 500, height: 200, title: 't', onBrush };
    renderTimeline(svg, days(), opts);
    const first = svg.outerHTML;
    const h = renderTimeline(svg, days(), opts);
    expect(svg.outerHTML).toBe(first);
    h.setBrush([T0 + DAY, T0 + 3 * DAY]);
    const sel = svg.querySelector('.selection')!;
    expect((sel as SVGElement).style.display).not.toBe('none');
    expect(Number(sel.getAttribute('width'))).toBeGreaterThan(0);
    h.setBrush(null);
    expect((svg.querySelector('.selection') as SVGElement).style.display).toBe('none');
    expect(onBrush).not.toHaveBeenCalled();
    h.destroy();
    expect(svg.childNodes.length).toBe(0);
  });

  it('reports hover through onHover and keyboard Enter through onClick', () => {
    const svg = newSvg();
    const onHover = vi.fn();
    const onClick = vi.fn();
    const data = days();
    renderTimeline(svg, data, { width: 500, height: 200, title: 't', onHover, onClick });
    const slider = svg.querySelector('.ms-brush') as SVGGElement;
    slider.dispatchEvent(new FocusEvent('focus'));
    expect(onHover).toHaveBeenLastCalledWith(data[0]);
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(onHover).toHaveBeenLastCalledWith(data[1]);
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(onClick).toHaveBeenCalledWith(data[1]);
    expect(svg.querySelector('.ms-tooltip')!.textContent).toContain('2026-01-29');
    slider.dispatchEvent(new FocusEvent('blur'));
    expect(onHover).toHaveBeenLastCalledWith(null);
  });
});
