/**
 * Exports: standalone SVG (theme `var()`s resolved against the page, chart styles inlined,
 * interaction-only elements dropped, a provenance caption added), PNG via Image + canvas (offline,
 * system fonts only), and CSV (RFC 4180, with spreadsheet formula injection neutralised).
 */
import { NO_EXPORT_CLASS, THEME_FALLBACKS } from './style.ts';
import { cleanLabel } from './text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const CAPTION_LINE = 13;

/** Replaces every `var(--name[, fallback])` in `text` using `lookup`, then the fallback. */
export function resolveVars(text: string, lookup: (name: string) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('var(', i);
    if (start < 0) break;
    out += text.slice(i, start);
    let depth = 0;
    let j = start + 3;
    for (; j < text.length; j++) {
      if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) break;
    }
    const inner = text.slice(start + 4, j);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
    const value = lookup(name)?.trim() || resolveVars(fallback, lookup) || THEME_FALLBACKS[name] || '';
    out += value;
    i = j + 1;
  }
  return out + text.slice(i);
}

function themeLookup(svg: SVGSVGElement): (name: string) => string | undefined {
  const view = svg.ownerDocument?.defaultView;
  const style = svg.isConnected && view?.getComputedStyle ? view.getComputedStyle(svg) : null;
  return (name) => style?.getPropertyValue(name) || undefined;
}

/**
 * Moves the chart's own stylesheet (already theme-resolved) onto the elements as inline styles, in
 * rule order, so the file renders in tools that ignore `<style>`. Interaction-only rules (with
 * pseudo-classes) are dropped. Page CSS cannot reach chart internals, so this is the whole style.
 */
function inlineStylesheet(clone: SVGSVGElement, resolve: (css: string) => string): void {
  const css = [...clone.querySelectorAll('style')].map((n) => n.textContent ?? '').join('\n');
  clone.querySelectorAll('style').forEach((n) => n.remove());
  const applied = new Map<Element, string[]>();
  for (const [, selectors, body] of resolve(css).matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const decl = body.trim().replace(/;\s*$/, '');
    if (!decl) continue;
    for (const raw of selectors.split(',')) {
      const sel = raw.trim();
      if (!sel || sel.includes(':')) continue;
      const inner = sel.replace(/^\.ms-chart\b\s*/, '');
      const targets = inner ? [...clone.querySelectorAll(inner)] : [clone];
      for (const t of targets) applied.set(t, [...(applied.get(t) ?? []), decl]);
    }
  }
  for (const [el, decls] of applied) {
    const own = el.getAttribute('style');
    el.setAttribute('style', [...decls, ...(own ? [own] : [])].join('; '));
  }
}

function wrap(text: string, maxChars: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > maxChars) {
      out.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

interface Built {
  markup: string;
  width: number;
  height: number;
}

function build(svg: SVGSVGElement, caption: string): Built {
  const width = Number(svg.getAttribute('width')) || svg.viewBox?.baseVal?.width || 640;
  const height0 = Number(svg.getAttribute('height')) || svg.viewBox?.baseVal?.height || 400;
  const lookup = themeLookup(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll(`.${NO_EXPORT_CLASS}`).forEach((n) => n.remove());
  clone.removeAttribute('style');
  inlineStylesheet(clone, (css) => resolveVars(css, lookup));
  clone.querySelectorAll('[tabindex]').forEach((n) => n.removeAttribute('tabindex'));
  const lines = caption ? wrap(cleanLabel(caption), Math.max(20, Math.floor((width - 16) / 5.6))) : [];
  const height = height0 + (lines.length ? lines.length * CAPTION_LINE + 8 : 0);
  const doc = svg.ownerDocument;
  clone
    .querySelectorAll('image[href]')
    .forEach((n) => n.setAttributeNS(XLINK_NS, 'xlink:href', n.getAttribute('href')!));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', resolveVars('var(--bg)', lookup));
  const firstDrawn = [...clone.children].find((c) => !['title', 'desc'].includes(c.tagName.toLowerCase()));
  clone.insertBefore(bg, firstDrawn ?? null);
  if (lines.length) {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('class', 'ms-caption');
    text.setAttribute('font-size', '10');
    text.setAttribute('fill', resolveVars('var(--muted)', lookup));
    text.setAttribute('font-family', resolveVars('var(--chart-font)', lookup));
    lines.forEach((l, i) => {
      const span = doc.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('x', '8');
      span.setAttribute('y', String(height0 + 4 + (i + 1) * CAPTION_LINE - 3));
      span.textContent = l;
      text.append(span);
    });
    clone.append(text);
  }
  const markup = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(clone);
  return { markup: resolveVars(markup, lookup), width, height };
}

/** Serialises `svg` as a standalone SVG document with `caption` (provenance) at the bottom. */
export function exportSVG(svg: SVGSVGElement, caption: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${build(svg, caption).markup}`;
}

/** Rasterises the exported SVG to a PNG at `scale`× (browser only: needs Image and canvas). */
export function exportPNG(svg: SVGSVGElement, caption: string, scale = 2): Promise<Blob> {
  const { markup, width, height } = build(svg, caption);
  return new Promise((resolve, reject) => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    let ctx: CanvasRenderingContext2D | null = null;
    try {
      ctx = canvas.getContext('2d');
    } catch {
      /* reported below */
    }
    if (!ctx) return reject(new Error('Canvas 2D is not available'));
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The SVG could not be rasterised'));
    };
    img.src = url;
  });
}

/** A CSV column format: epoch ms as an ISO-8601 UTC timestamp (anything else unchanged). */
export const isoUtc = (v: unknown): unknown =>
  typeof v === 'number' && Number.isFinite(v) ? new Date(v) : v;

export interface CsvColumn<T> {
  key: keyof T & string;
  /** Header text; defaults to `key`. */
  label?: string;
  format?: (value: T[keyof T], row: T) => unknown;
}

// Cells that spreadsheets would evaluate as formulas (OWASP "CSV injection"): a formula character
// (ASCII or its full-width form, which some spreadsheets fold to ASCII), also when it follows
// leading whitespace or invisible characters that a spreadsheet trims; and any cell that starts
// with a tab, CR or LF.
const FORMULA_START = /^[\t\r\n]|^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;

function csvCell(value: unknown): string {
  let s: string;
  if (value === null || value === undefined) s = '';
  else if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'bigint' || typeof value === 'boolean') s = String(value);
  else if (value instanceof Date) s = Number.isNaN(value.getTime()) ? '' : value.toISOString();
  else {
    s = typeof value === 'string' ? value : JSON.stringify(value);
    // Only text is neutralised: real numbers such as -0.5 must stay numbers.
    if (FORMULA_START.test(s)) s = `'${s}`;
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV per RFC 4180 (CRLF line ends, fields with `"`, `,`, CR or LF quoted, quotes doubled). Text
 * cells starting with = + - @ (or ＝ ＋ － ＠, also after leading spaces) or with a tab, CR or LF get
 * a leading `'` so spreadsheets do not run them.
 */
export function tableToCSV<T extends object>(
  rows: readonly T[],
  columns: readonly ((keyof T & string) | CsvColumn<T>)[],
): string {
  const cols: CsvColumn<T>[] = columns.map((c) => (typeof c === 'string' ? { key: c } : c));
  const lines = [cols.map((c) => csvCell(c.label ?? c.key)).join(',')];
  for (const row of rows) {
    lines.push(cols.map((c) => csvCell(c.format ? c.format(row[c.key], row) : row[c.key])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
