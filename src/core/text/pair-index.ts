/**
 * Dense ids for pairs of non-negative int32s (an open-addressing hash table over typed arrays).
 * The n-gram counters look up tens of millions of pairs; a JS Map keyed by a packed number is
 * several times slower once the keys leave the small-integer range.
 */
export class PairIndex {
  #a: Int32Array;
  #b: Int32Array;
  /** Slot → id + 1 (0 = empty). */
  #slot: Int32Array;
  #mask: number;
  #size = 0;
  /** The pairs by id, so callers can list what was counted. */
  firstOf: Int32Array;
  secondOf: Int32Array;
  /** Id → its slot, so clearing touches only the used slots. */
  #where: Int32Array;

  constructor(capacity = 1024) {
    const cap = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.#a = new Int32Array(cap);
    this.#b = new Int32Array(cap);
    this.#slot = new Int32Array(cap);
    this.#mask = cap - 1;
    this.firstOf = new Int32Array(cap >> 1);
    this.secondOf = new Int32Array(cap >> 1);
    this.#where = new Int32Array(cap >> 1);
  }

  get size(): number {
    return this.#size;
  }

  /** The id of (a, b), given the next free id if the pair is new. */
  idOf(a: number, b: number): number {
    let h = hash(a, b) & this.#mask;
    for (;;) {
      const s = this.#slot[h];
      if (s === 0) break;
      if (this.#a[h] === a && this.#b[h] === b) return s - 1;
      h = (h + 1) & this.#mask;
    }
    const id = this.#size++;
    this.#a[h] = a;
    this.#b[h] = b;
    this.#slot[h] = id + 1;
    if (id >= this.firstOf.length) this.#growLists();
    this.firstOf[id] = a;
    this.secondOf[id] = b;
    this.#where[id] = h;
    if (this.#size * 2 > this.#mask) this.#rehash();
    return id;
  }

  /** Forgets every pair (ids start again from 0), keeping the allocated space. */
  clear(): void {
    for (let id = 0; id < this.#size; id++) this.#slot[this.#where[id]] = 0;
    this.#size = 0;
  }

  #growLists(): void {
    const grow = (x: Int32Array) => {
      const y = new Int32Array(x.length * 2);
      y.set(x);
      return y;
    };
    this.firstOf = grow(this.firstOf);
    this.secondOf = grow(this.secondOf);
    this.#where = grow(this.#where);
  }

  #rehash(): void {
    const cap = (this.#mask + 1) * 2;
    this.#a = new Int32Array(cap);
    this.#b = new Int32Array(cap);
    this.#slot = new Int32Array(cap);
    this.#mask = cap - 1;
    const n = this.#size;
    this.#size = 0;
    for (let id = 0; id < n; id++) {
      let h = hash(this.firstOf[id], this.secondOf[id]) & this.#mask;
      while (this.#slot[h] !== 0) h = (h + 1) & this.#mask;
      this.#a[h] = this.firstOf[id];
      this.#b[h] = this.secondOf[id];
      this.#slot[h] = id + 1;
      this.#where[id] = h;
    }
    this.#size = n;
  }
}

/** Mixes both ints into all 32 bits (murmur3's finaliser), so the low bits the table uses vary. */
function hash(a: number, b: number): number {
  let h = Math.imul(a, 0xcc9e2d51) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
