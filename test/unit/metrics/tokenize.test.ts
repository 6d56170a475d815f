import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/text/tokenize.ts';

// metrics.md §2's token class, written out independently of the module's fast ASCII path.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const SPEC = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const bySpec = (text: string) => Array.from(text.toLowerCase().matchAll(SPEC), (m) => m[0]);

describe('tokenize', () => {
  it('gives the specification tokens on random ASCII text (fast path)', () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let k = 0; k < 2000; k++) {
      const len = next() % 80;
      const text = Array.from({ length: len }, () => String.fromCharCode(next() % 128)).join('');
      expect(tokenize(text)).toEqual(bySpec(text));
    }
  });

  it('gives the specification tokens on non-ASCII text', () => {
    for (const text of [
      'Ünïcödé WÖRDS and 123 numbers',
      '記憶と意識 memory 🦞 lobster',
      'İstanbul KELVIN \u212A café\u0301',
      'العربية русский ελληνικά',
    ]) {
      expect(tokenize(text)).toEqual(bySpec(text));
    }
    expect(tokenize('記憶 AI')).toEqual(['記', '憶', 'ai']);
  });
});
