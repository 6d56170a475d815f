/**
 * Tokeniser of metrics.md §2: lower-cased words of Unicode letters and digits; CJK characters
 * (Han, Hiragana, Katakana, Hangul) stand alone as single tokens because those scripts do not
 * separate words with spaces.
 */
const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const TOKEN = new RegExp(`[${CJK_CLASS}]|(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');

// In ASCII the classes above are exactly [a-z0-9] after lower-casing (no marks, no CJK), and this
// plain pattern is several times faster than the Unicode one on the millions of texts of a crawl.
// (Printable ASCII and whitespace; a text with other control characters takes the general path.)
const ASCII_ONLY = /^[\t\n\r -~]*$/;
const ASCII_TOKEN = /[a-z0-9]+/g;

/**
 * Names what tokenize() and the n-grams over it produce. Snapshots record it with their n-gram
 * index; change it whenever a token or an n-gram would come out differently, so old indexes are
 * recomputed from the texts instead of trusted.
 */
export const TOKENIZER_VERSION = 'moltscope-tokens-1';

export function tokenize(text: string): string[] {
  if (!text) return [];
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower.match(ASCII_TOKEN) ?? [];
  const out: string[] = [];
  for (const m of lower.matchAll(TOKEN)) out.push(m[0]);
  return out;
}

/** The n-grams (joined by a space) of a token list, for n = 1..maxN; index n-1 holds the n-grams. */
export function ngrams(tokens: string[], maxN: number): string[][] {
  const byN: string[][] = [];
  for (let n = 1; n <= maxN; n++) {
    const grams: string[] = [];
    for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(' '));
    byN.push(grams);
  }
  return byN;
}

/** Text of an item as metrics.md defines it: posts use title + "\n\n" + content. */
export function postText(title: string | null, content: string | null): string {
  return `${title ?? ''}\n\n${content ?? ''}`;
}
