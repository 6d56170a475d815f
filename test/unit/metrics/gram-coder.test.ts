import { describe, expect, it } from 'vitest';
import { GramCoder } from '../../../src/core/text/gram-coder.ts';
import { ngrams, tokenize } from '../../../src/core/text/tokenize.ts';

const TEXTS = [
  'The crab molts; the crab grows. THE CRAB!',
  'crab grows the crab molts',
  '',
  '   ',
  '記憶と意識 memory 🦞 lobster lobster lobster',
  '<script>alert(1)</script> crab grows',
  'a b a b a b',
];

describe('GramCoder gives one id per distinct n-gram string', () => {
  it('matches the n-gram strings of tokenize/ngrams exactly, in order', () => {
    const coder = new GramCoder();
    const byString = new Map<string, number>();
    for (const text of TEXTS) {
      const expected = ngrams(tokenize(text), 3).flatMap((grams, n) => grams.map((g) => ({ g, n: n + 1 })));
      const got: { id: number; n: number }[] = [];
      coder.forEachGram(text, 3, (id, n) => got.push({ id, n }));
      expect(got.length).toBe(expected.length);
      got.forEach(({ id, n }, k) => {
        expect(n).toBe(expected[k].n);
        expect(coder.lengthOf(id)).toBe(n);
        const known = byString.get(expected[k].g);
        // The same string always maps to the same id, and different strings to different ids.
        if (known === undefined) {
          expect([...byString.values()]).not.toContain(id);
          byString.set(expected[k].g, id);
        } else expect(id).toBe(known);
      });
    }
    expect(coder.size).toBe(byString.size);
    expect(byString.has('the crab molts')).toBe(true);
    expect(byString.has('記')).toBe(true);
  });

  it('does not confuse n-grams of different lengths that share ids in packing', () => {
    const coder = new GramCoder();
    const ids: number[] = [];
    coder.forEachGram('x y', 2, (id) => ids.push(id)); // x, y, "x y"
    coder.forEachGram('y x', 2, (id) => ids.push(id)); // y, x, "y x"
    expect(ids[0]).toBe(ids[4]);
    expect(ids[1]).toBe(ids[3]);
    expect(new Set(ids).size).toBe(4);
  });
});
