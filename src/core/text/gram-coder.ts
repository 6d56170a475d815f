/**
 * Dense integer ids for n-grams, without building the n-gram strings. A token gets an id from a
 * string map once; an n-gram's id is looked up from its (n−1)-gram prefix id and its last token id
 * in an integer pair table, so tens of millions of n-grams cost integer lookups instead of
 * joining and hashing strings (at paper scale that was most of the lexical diagnostics' time).
 *
 * Ids are shared by every n: the same coder gives a post and a comment the same id for the same
 * n-gram, and `n[id]` tells an id's length.
 */
import { tokenize } from './tokenize.ts';

import { PairIndex } from './pair-index.ts';

export class GramCoder {
  /** Token → its unigram's id (which also stands for the token in longer n-grams). */
  readonly #tokens = new Map<string, number>();
  /** (0, token number) → unigram id; (prefix id + 1, last token's unigram id) → n-gram id. */
  readonly #grams = new PairIndex(1 << 16);
  #n = new Uint8Array(1024);

  /** Number of distinct n-gram ids handed out. */
  get size(): number {
    return this.#grams.size;
  }

  /** Length (n) of every n-gram id handed out, indexed by id (a view: it changes as ids are added). */
  get lengths(): Uint8Array {
    return this.#n.subarray(0, this.size);
  }

  /** Length (n) of the n-gram with this id. */
  lengthOf(id: number): number {
    return this.#n[id];
  }

  /**
   * Calls `visit(id, n)` for every n-gram occurrence (n = 1..maxN) of the text, in the order of the
   * n-grams of tokenize.ts's `ngrams` within each n (repeats included).
   */
  forEachGram(text: string, maxN: number, visit: (id: number, n: number) => void): void {
    this.forEachGramOf(tokenize(text), maxN, visit);
  }

  /** As forEachGram, over an already tokenised (e.g. stopword-filtered) token list. */
  forEachGramOf(tokens: string[], maxN: number, visit: (id: number, n: number) => void): void {
    const len = tokens.length;
    if (len === 0 || maxN < 1) return;
    const ids = new Int32Array(len);
    for (let i = 0; i < len; i++) {
      ids[i] = this.#token(tokens[i]);
      visit(ids[i], 1);
    }
    // prev[i] holds the id of the (n−1)-gram starting at i while pass n runs.
    const prev = ids.slice();
    for (let n = 2; n <= maxN && n <= len; n++) {
      for (let i = 0; i + n <= len; i++) {
        const id = this.#gram(prev[i], ids[i + n - 1], n);
        prev[i] = id;
        visit(id, n);
      }
    }
  }

  #token(t: string): number {
    let id = this.#tokens.get(t);
    if (id === undefined) {
      id = this.#gram(-1, this.#tokens.size, 1);
      this.#tokens.set(t, id);
    }
    return id;
  }

  #gram(prefix: number, token: number, n: number): number {
    const before = this.#grams.size;
    const id = this.#grams.idOf(prefix + 1, token);
    if (id === before) {
      if (id >= this.#n.length) {
        const grown = new Uint8Array(this.#n.length * 2);
        grown.set(this.#n);
        this.#n = grown;
      }
      this.#n[id] = n;
    }
    return id;
  }
}
