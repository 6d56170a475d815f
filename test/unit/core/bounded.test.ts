/**
 * No stack-sized spreads (issue 15 item 6): the loop helpers handle paper-sized arrays, and the
 * ESLint rule refuses the spread form in source folders, so it cannot come back.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { hypotOf, maxOf, minOf, pushAll } from '../../../src/core/bounded';

const PAPER = 2_100_000;

describe('bounded array helpers', () => {
  it('work on arrays far larger than the call stack (2.1M items)', () => {
    const xs = new Float64Array(PAPER).map((_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...xs)).toThrow(RangeError);
    expect(maxOf(xs)).toBe(1_000_002);
    expect(minOf(xs)).toBe(0);
    expect(hypotOf(new Float64Array(PAPER).fill(1))).toBeCloseTo(Math.sqrt(PAPER), 6);
    expect(pushAll([1], Array.from(xs)).length).toBe(PAPER + 1);
  });

  it('give the empty value on empty input, like Math.max()/Math.min()', () => {
    expect(maxOf([])).toBe(-Infinity);
    expect(maxOf([], 0)).toBe(0);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf(new Set([3, 9, 2]))).toBe(9);
  });
});

describe('lint rule against spreads into calls', () => {
  const lint = async (code: string, path: string) => {
    const [res] = await new ESLint().lintText(code, { filePath: path });
    return res.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
  };
  it('flags Math.max/min/hypot, push and fromCharCode spreads in src, workers and datasets', async () => {
    const code = [
      'export const f = (xs: number[], out: number[], codes: number[]) => [',
      '  Math.max(0, ...xs),',
      '  Math.min(...xs),',
      '  Math.hypot(...xs),',
      '  out.push(...xs),',
      '  String.fromCharCode(...codes),',
      '];',
    ].join('\n');
    expect(await lint(code, 'src/core/metrics/example.ts')).toBe(5);
    expect(await lint(code, 'workers/engine/example.ts')).toBe(5);
    expect(await lint(code, 'datasets/report/example.ts')).toBe(5);
  });
  it('leaves spreads into array and object literals alone', async () => {
    expect(await lint('export const f = (xs: number[]) => [...xs, { ...xs }];', 'src/core/example.ts')).toBe(
      0,
    );
  });
});
