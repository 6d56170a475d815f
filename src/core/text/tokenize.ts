/**
 * Tokeniser of metrics.md §2: lower-cased words of Unicode letters and digits; CJK characters
 * (Han, Hiragana, Katakana, Hangul) stand alone as single tokens because those scripts do not
 * separate words with spaces.
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

export function tokenize(text: string): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(TOKEN)) {
    const tok = m[0];
    // A run of letters may start in a non-CJK script and end in CJK; the regex splits those
    // already, except Hangul syllables that \p{L}+ would join: keep each CJK char on its own.
    if (tok.length > 1 && CJK.test(tok[0])) {
      for (const ch of tok) out.push(ch);
    } else {
      out.push(tok);
    }
  }
  return out;
}

/** The n-grams (joined by a space) of a token list, for n = 1..maxN. */
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
