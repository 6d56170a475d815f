// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderBars } from '../../../src/charts/bars.ts';
import { exportPNG, exportSVG, resolveVars, tableToCSV } from '../../../src/charts/export.ts';
import { renderTimeline } from '../../../src/charts/timeline.ts';
import { HOSTILE, T0, newSvg } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

describe('exportSVG', () => {
  it('produces a standalone, well-formed SVG with a caption and no interaction-only parts', () => {
    const svg = newSvg();
    renderBars(svg, [{ key: 'a', label: 'm/general', value: 10 }], {
      width: 400,
      height: 60,
      title: 'Top submolts',
    });
    const out = exportSVG(svg, `moltbook-synthetic-v1 · SYNTHETIC · 2026-01-28 → 2026-02-10 · ${HOSTILE}`);
    expect(out.startsWith('<?xml')).toBe(true);
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const lines = doc.querySelectorAll('.ms-caption tspan').length;
    expect(lines).toBeGreaterThan(0);
    expect(root.getAttribute('height')).toBe(String(60 + lines * 13 + 8));
    expect(out).not.toContain('var(');
    expect(doc.querySelector('.ms-tooltip, .ms-noexport')).toBeNull();
    expect(doc.querySelector('[tabindex]')).toBeNull();
    expect(doc.querySelector('script, img')).toBeNull();
    expect(doc.querySelector('.ms-caption')!.textContent).toContain('SYNTHETIC');
    expect(doc.querySelector('.ms-caption')!.textContent).toContain('<script>');
    expectSvgSnapshot('export-bars', out);
  });

  it('wraps long captions and keeps the brush selection', () => {
    const svg = newSvg();
    renderTimeline(
      svg,
      [0, 1, 2].map((i) => ({ t: T0 + i * 864e5, posts: i, comments: 2 * i })),
      {
        width: 390,
        height: 160,
        title: 't',
        brush: [T0, T0 + 864e5],
      },
    );
    const out = exportSVG(svg, 'word '.repeat(40));
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.querySelectorAll('.ms-caption tspan').length).toBeGreaterThan(1);
    expect(doc.querySelector('.selection')).not.toBeNull();
  });

  it('resolves nested var() fallbacks and page values', () => {
    expect(resolveVars('a var(--x, var(--y, rgba(1,2,3,0.5))) b', () => undefined)).toBe(
      'a rgba(1,2,3,0.5) b',
    );
    expect(resolveVars('color: var(--fg)', (n) => (n === '--fg' ? ' #eee' : undefined))).toBe('color: #eee');
    expect(resolveVars('var(--bg)', () => undefined)).toBe('#ffffff');
  });

  it('exportPNG rejects cleanly where rasterising is impossible (jsdom)', async () => {
    const svg = newSvg();
    renderBars(svg, [{ key: 'a', label: 'a', value: 1 }], { width: 200, height: 40, title: 't' });
    const spy = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    await expect(exportPNG(svg, 'c')).rejects.toThrow('Canvas 2D is not available');
    spy.mockRestore();
  });
});

describe('tableToCSV', () => {
  it('quotes per RFC 4180 with CRLF line ends', () => {
    const csv = tableToCSV(
      [
        { name: 'plain', n: 1 },
        { name: 'comma, "quote"', n: 2.5 },
        { name: 'line\nbreak', n: null },
      ],
      ['name', { key: 'n', label: 'count, total' }],
    );
    expect(csv).toBe('name,"count, total"\r\nplain,1\r\n"comma, ""quote""",2.5\r\n"line\nbreak",\r\n');
  });

  it('neutralises spreadsheet formulas in text but keeps negative numbers', () => {
    const rows = [
      { v: '=HYPERLINK("http://evil","x")' },
      { v: '+1+1' },
      { v: '-2+3' },
      { v: '@SUM(A1)' },
      { v: '\tcmd' },
      { v: '\rcmd' },
      { v: -0.5 },
      { v: 'safe' },
    ];
    const lines = tableToCSV(rows, ['v']).split('\r\n');
    expect(lines.slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://evil"",""x"")"`,
      `'+1+1`,
      `'-2+3`,
      `'@SUM(A1)`,
      `'\tcmd`,
      `"'\rcmd"`,
      '-0.5',
      'safe',
    ]);
  });

  it('neutralises formulas hidden behind whitespace, line breaks or full-width signs', () => {
    const hidden = [
      ' =1+1',
      '   +cmd',
      '\n=1+1',
      '\n\n@SUM(A1)',
      '\t =1',
      '\u00a0=1',
      '\u3000=1',
      '\u200b=1',
      '\ufeff-1+2',
      '＝HYPERLINK("http://evil")',
      '＋1',
      '－1',
      '＠SUM(A1)',
      ' ＝1',
      '\n＋1',
    ];
    for (const v of hidden) {
      const cell = tableToCSV([{ v }], ['v']).split('\r\n').slice(1, -1).join('\r\n');
      // The cell (unquoted when it can be) starts with the neutralising quote.
      expect(cell.replace(/^"/, ''), JSON.stringify(v)).toMatch(/^'/);
      expect(cell.replace(/^"|"$/g, '').replace(/""/g, '"'), JSON.stringify(v)).toBe(`'${v}`);
    }
    // Text that merely contains such characters later is left alone, as are numbers.
    const lines = tableToCSV([{ v: 'a =1' }, { v: 'x＝y' }, { v: ' plain' }, { v: -3 }], ['v']).split('\r\n');
    expect(lines.slice(1, -1)).toEqual(['a =1', 'x＝y', ' plain', '-3']);
  });

  it('formats dates, booleans and custom columns', () => {
    const csv = tableToCSV(
      [{ t: new Date(T0), ok: true, x: 0.123456 }],
      ['t', 'ok', { key: 'x', format: (v) => (v as number).toFixed(2) }],
    );
    expect(csv).toBe('t,ok,x\r\n2026-01-28T00:00:00.000Z,true,0.12\r\n');
  });
});
