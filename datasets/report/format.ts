/** Plain-text tables for the report. */
import { maxOf } from '../../src/core/bounded';
export function fmt(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number')
    return Number.isInteger(v) ? String(v) : Math.abs(v) >= 1000 ? v.toFixed(0) : v.toPrecision(4);
  return String(v);
}

export function table(headers: string[], rows: unknown[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(fmt))];
  const widths = headers.map((_, j) =>
    maxOf(
      cells.map((r) => r[j]?.length ?? 0),
      0,
    ),
  );
  const line = (r: string[]) => r.map((c, j) => c.padStart(widths[j])).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

export function section(title: string, params: object | null, body: string): string {
  const p = params ? `\nparameters: ${JSON.stringify(params)}` : '';
  return `\n== ${title} ==${p}\n${body}\n`;
}
