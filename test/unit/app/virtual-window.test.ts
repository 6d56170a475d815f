import { describe, expect, it } from 'vitest';
import { windowOf } from '../../../src/components/reader/virtual-window';

describe('virtual list window', () => {
  const heights = [10, 20, 30, 40, 50];
  it('draws exactly the rows that meet the range', () => {
    // Tops 0, 10, 30, 60, 100; total 150.
    expect(windowOf(heights, 0, 10)).toMatchObject({ start: 0, end: 1, total: 150 });
    expect(windowOf(heights, 15, 61)).toMatchObject({ start: 1, end: 4 });
    expect(windowOf(heights, 30, 60)).toMatchObject({ start: 2, end: 3 });
    expect(windowOf(heights, -500, 1e9)).toMatchObject({ start: 0, end: 5 });
    expect(windowOf(heights, 149, 400)).toMatchObject({ start: 4, end: 5 });
  });
  it('keeps a long list to a handful of rows and reaches its end', () => {
    const many = Array.from({ length: 5000 }, (_, i) => 60 + (i % 7) * 10);
    const w = windowOf(many, 10_000, 11_600);
    expect(w.end - w.start).toBeLessThan(40);
    const last = windowOf(many, w.total - 500, w.total);
    expect(last.end).toBe(5000);
    expect(windowOf([], 0, 100)).toMatchObject({ start: 0, end: 0, total: 0 });
  });
});
