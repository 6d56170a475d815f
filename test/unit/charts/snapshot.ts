/**
 * SVG snapshot helper in the style of Observable Plot's tests: normalise, compare with the committed
 * file in __snapshots__/, write it on first run, write `<name>-changed.svg` and fail on mismatch.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/** Rounds numbers to 2 decimals, strips ids and data URLs, and puts one tag per line. */
export function normalizeSvg(markup: string): string {
  return (
    markup
      .replace(/\s(id)="[^"]*"/g, '')
      .replace(/data:image\/[a-z]+;base64,[A-Za-z0-9+/=]+/g, 'data:image/png;base64,…')
      .replace(/-?\d*\.\d{3,}(?:e-?\d+)?/g, (m) => {
        const n = Math.round(Number(m) * 100) / 100;
        return String(Object.is(n, -0) ? 0 : n);
      })
      .replace(/></g, '>\n<')
      .trim() + '\n'
  );
}

export function expectSvgSnapshot(name: string, svg: SVGSVGElement | string): void {
  const actual = normalizeSvg(typeof svg === 'string' ? svg : svg.outerHTML);
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`SVG snapshot ${name}.svg changed; see ${name}-changed.svg (delete ${name}.svg to accept)`);
}
