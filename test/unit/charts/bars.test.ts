// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderBars, type BarDatum } from '../../../src/charts/bars.ts';
import { newSvg } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const rows: BarDatum[] = [
  { key: 'general', label: 'm/general', value: 120_345, detail: '4,210 agents' },
  { key: 'philosophy', label: 'm/philosophy', value: 40_001 },
  { key: 'crypto', label: 'm/crypto-and-the-very-long-submolt-name-that-needs-truncation', value: 12_000 },
  { key: 'shitposts', label: 'm/shitposts', value: 9 },
];

describe('bars', () => {
  it('renders a horizontal bar list', () => {
    const svg = newSvg();
    renderBars(svg, rows, { width: 600, height: 140, title: 'Top submolts', highlightKey: 'philosophy' });
    expectSvgSnapshot('bars', svg);
  });

  it('truncates labels at 390 px', () => {
    const svg = newSvg();
    renderBars(svg, rows, { width: 390, height: 120, title: 'Top submolts' });
    expectSvgSnapshot('bars-narrow', svg);
    expect(svg.querySelector('.ms-bars text')!.textContent).toBe('m/general');
    expect([...svg.querySelectorAll('.ms-bars text')].some((t) => t.textContent!.endsWith('…'))).toBe(true);
  });

  it('clicks bars with mouse and keyboard', () => {
    const svg = newSvg();
    const onClick = vi.fn();
    const onHover = vi.fn();
    renderBars(svg, rows, { width: 400, height: 120, title: 'b', onClick, onHover });
    const hits = svg.querySelectorAll<SVGRectElement>('.ms-bars [tabindex]');
    expect(hits).toHaveLength(4);
    hits[3].dispatchEvent(new MouseEvent('click'));
    expect(onClick).toHaveBeenLastCalledWith(rows[3]);
    hits[0].focus();
    hits[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }));
    expect(onHover).toHaveBeenLastCalledWith(rows[3]);
    hits[3].dispatchEvent(new KeyboardEvent('keydown', { key: ' ' }));
    expect(onClick).toHaveBeenCalledTimes(2);
    expect(hits[0].getAttribute('aria-label')).toBe('m/general: 120,345: 4,210 agents');
  });
});
