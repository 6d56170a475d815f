/**
 * A snapshot's n-gram index (ngrams.parquet) as per-day count tables for lexical turnover, so the
 * browser reads counts made when the snapshot was built instead of tokenising every text (seconds
 * at paper scale). The index is trusted only when it describes exactly the loaded items: its
 * n = 0 rows must give, for every (kind, day, submolt), the number of items the frame has there.
 */
import type { Frame } from '../frame.ts';
import { coderOf, gramCounts, type GramCounts } from './gram-counts.ts';
import type { GramIndex } from './gram-tables.ts';
import type { ItemKind } from './item-kind.ts';

export type { GramIndex };

/**
 * Index rows. Days and submolts are the frame's indices, or are turned into them by `dayOffset`
 * and `submoltOf`, so a decoded file is read in place rather than copied.
 */
export interface GramIndexRows {
  /** 0 = posts, 1 = comments. */
  kind: ArrayLike<number>;
  /** Frame day index + dayOffset. */
  day: ArrayLike<number>;
  /** Frame submolt index (or a code submoltOf maps to one); -1 for none; other negatives: unknown. */
  submolt: ArrayLike<number>;
  n: ArrayLike<number>;
  gram: ArrayLike<number>;
  count: ArrayLike<number>;
  length: number;
  dayOffset?: number;
  /** Code → frame submolt index (-2 for a name the frame lacks). */
  submoltOf?: Int32Array;
}

export const KIND_CODES: readonly ItemKind[] = ['posts', 'comments'];

/**
 * Builds the index of the given kinds from its rows, or says why it cannot describe this frame
 * (then the caller tokenises the texts instead).
 */
export function gramIndexOf(
  frame: Frame,
  rows: GramIndexRows,
  maxN: number,
  kinds: readonly ItemKind[],
): GramIndex | { mismatch: string } {
  const wanted = KIND_CODES.map((k) => kinds.includes(k));
  const groups = frame.submolts.length + 1;
  // Items the frame has per (kind, day, submolt group), minus those the index's n = 0 rows count;
  // and the n ≥ 1 rows per (kind, day), for placing them in day order.
  const expected = KIND_CODES.map((kind) => itemCounts(frame, kind, groups));
  const present = expected.map((e) => e.map((c) => (c > 0 ? 1 : 0)));
  const perDay = KIND_CODES.map(() => new Int32Array(frame.days + 1));
  // Where each kind's n ≥ 1 rows are, and whether they already form one run in day order.
  const first = [-1, -1];
  const last = [-1, -1];
  const inOrder = [true, true];
  // Columns in locals: the loops below run over millions of rows.
  const { kind, day, submolt, n, gram, count } = rows;
  const dayOffset = rows.dayOffset ?? 0;
  const submoltOf = rows.submoltOf ?? null;
  const subOf = (raw: number) =>
    raw === -1 ? -1 : raw < 0 || !submoltOf ? raw : raw < submoltOf.length ? submoltOf[raw] : -2;
  const days = frame.days;
  const submolts = frame.submolts.length;
  let size = 0;
  for (let r = 0; r < rows.length; r++) {
    const k = kind[r];
    const d = day[r] - dayOffset;
    const s = subOf(submolt[r]);
    const len = n[r];
    const g = gram[r];
    const c = count[r];
    const ok =
      (k === 0 || k === 1) &&
      Number.isInteger(d) &&
      d >= 0 &&
      d < days &&
      s >= -1 &&
      s < submolts &&
      Number.isInteger(len) &&
      len >= 0 &&
      len <= maxN &&
      Number.isInteger(g) &&
      g >= 0 &&
      g < 2 ** 28 &&
      Number.isInteger(c) &&
      c >= 1;
    if (!ok) return { mismatch: `row ${r} is out of range for the loaded items` };
    if (!wanted[k]) continue;
    const group = d * groups + s + 1;
    if (len === 0) {
      expected[k][group] -= c;
      continue;
    }
    if (!present[k][group])
      return { mismatch: `the index has ${KIND_CODES[k]} n-grams where none was loaded` };
    perDay[k][d + 1]++;
    if (g >= size) size = g + 1;
    if (first[k] < 0) first[k] = r;
    else if (last[k] !== r - 1 || day[r] < day[last[k]]) inOrder[k] = false;
    last[k] = r;
  }
  for (let k = 0; k < KIND_CODES.length; k++) {
    if (wanted[k] && expected[k].some((c) => c !== 0))
      return { mismatch: `the index counts other ${KIND_CODES[k]} than those loaded` };
  }
  const lengths = new Uint8Array(size);
  for (let r = 0; r < rows.length; r++) {
    const len = n[r];
    if (len === 0 || !wanted[kind[r]]) continue;
    const g = gram[r];
    if (lengths[g] !== 0 && lengths[g] !== len) return { mismatch: `gram ${g} has two lengths` };
    lengths[g] = len;
  }
  const tables: GramIndex['tables'] = { posts: null, comments: null };
  KIND_CODES.forEach((kindName, k) => {
    if (!wanted[k]) return;
    tables[kindName] =
      inOrder[k] && isTyped(rows)
        ? view(rows, first[k], last[k] + 1, -dayOffset, submoltOf)
        : sortedCopy(rows, k, perDay[k], days, dayOffset, subOf);
  });
  return { maxN, size, lengths, tables };
}

type TypedRows = GramIndexRows & Record<'day' | 'submolt' | 'gram' | 'count', Int32Array>;

function isTyped(rows: GramIndexRows): rows is TypedRows {
  return [rows.day, rows.submolt, rows.gram, rows.count].every((c) => c instanceof Int32Array);
}

/** A kind's rows as they lie (already one run in day order): no copy of millions of rows. */
function view(
  rows: TypedRows,
  a: number,
  b: number,
  shift: number,
  submoltOf: Int32Array | null,
): GramCounts {
  if (a < 0)
    return {
      bucket: new Int32Array(0),
      submolt: new Int32Array(0),
      gram: new Int32Array(0),
      count: new Int32Array(0),
      rows: 0,
    };
  return {
    bucket: rows.day.subarray(a, b),
    submolt: rows.submolt.subarray(a, b),
    gram: rows.gram.subarray(a, b),
    count: rows.count.subarray(a, b),
    rows: b - a,
    shift,
    submoltOf: submoltOf ?? undefined,
  };
}

/** A kind's n ≥ 1 rows copied into day order (a counting sort), days and submolts translated. */
function sortedCopy(
  rows: GramIndexRows,
  k: number,
  perDay: Int32Array,
  days: number,
  dayOffset: number,
  subOf: (raw: number) => number,
): GramCounts {
  const start = perDay.slice();
  for (let d = 0; d < days; d++) start[d + 1] += start[d];
  const total = start[days];
  const table: GramCounts = {
    bucket: new Int32Array(total),
    submolt: new Int32Array(total),
    gram: new Int32Array(total),
    count: new Int32Array(total),
    rows: total,
  };
  for (let r = 0; r < rows.length; r++) {
    if (rows.kind[r] !== k || rows.n[r] === 0) continue;
    const d = rows.day[r] - dayOffset;
    const at = start[d]++;
    table.bucket[at] = d;
    table.submolt[at] = subOf(rows.submolt[r]);
    table.gram[at] = rows.gram[r];
    table.count[at] = rows.count[r];
  }
  return table;
}

/** Items of one kind per (day, submolt) group: day · groups + submolt + 1. */
function itemCounts(frame: Frame, kind: ItemKind, groups: number): Float64Array {
  const items = frame[kind];
  const counts = new Float64Array(frame.days * groups);
  for (let i = 0; i < items.n; i++) counts[items.day[i] * groups + items.submolt[i] + 1]++;
  return counts;
}

/**
 * The index rows of a frame, counted from its texts (n = 1..maxN, by day and submolt, plus the
 * n = 0 item counts): what the snapshot builder writes, with the browser's own tokeniser and coder.
 */
export function gramIndexRowsOf(frame: Frame, maxN: number): GramIndexRows {
  const out = {
    kind: [] as number[],
    day: [] as number[],
    submolt: [] as number[],
    n: [] as number[],
    gram: [] as number[],
    count: [] as number[],
  };
  const push = (k: number, d: number, s: number, n: number, g: number, c: number) => {
    out.kind.push(k);
    out.day.push(d);
    out.submolt.push(s);
    out.n.push(n);
    out.gram.push(g);
    out.count.push(c);
  };
  const groups = frame.submolts.length + 1;
  KIND_CODES.forEach((kind, code) => {
    const items = frame[kind];
    const counts = new Map<number, number>();
    for (let i = 0; i < items.n; i++) {
      const key = items.day[i] * groups + items.submolt[i] + 1;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, c] of counts) push(code, Math.floor(key / groups), (key % groups) - 1, 0, 0, c);
    const table = gramCounts(frame, kind, 'day', maxN);
    if (!table) return;
    const coder = coderOf(frame);
    for (let r = 0; r < table.rows; r++) {
      const g = table.gram[r];
      push(code, table.bucket[r], table.submolt[r], coder.lengthOf(g), g, table.count[r]);
    }
  });
  return { ...out, length: out.kind.length };
}
