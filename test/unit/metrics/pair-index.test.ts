import { describe, expect, it } from 'vitest';
import { PairIndex } from '../../../src/core/text/pair-index.ts';

describe('PairIndex', () => {
  it('gives each distinct pair one dense id, across growth and clearing', () => {
    const index = new PairIndex(4);
    const expected = new Map<string, number>();
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 500;
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 20_000; k++) {
        const a = next();
        const b = next();
        const key = `${a},${b}`;
        const id = index.idOf(a, b);
        if (!expected.has(key)) expected.set(key, expected.size);
        expect(id).toBe(expected.get(key));
        expect(index.firstOf[id]).toBe(a);
        expect(index.secondOf[id]).toBe(b);
      }
      expect(index.size).toBe(expected.size);
      index.clear();
      expected.clear();
      expect(index.size).toBe(0);
    }
  });
});
