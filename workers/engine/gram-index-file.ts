import { DataType, tableFromIPC, type Table } from 'apache-arrow';
import { isValid } from './arrow-columns';
import type { GramIndexInfo } from '../../src/core/snapshot/manifest';
import { TOKENIZER_VERSION } from '../../src/core/text/tokenize';
import { parquet } from './parquet';

/**
 * A snapshot's n-gram index (ngrams.parquet) decoded into typed columns. It is decoded with
 * parquet-wasm at load, not stored in DuckDB: handing its millions of rows from DuckDB-WASM to
 * JavaScript took about a second at paper scale, more than tokenising would save.
 *
 * Nothing here is trusted yet: a missing or unusable value is kept as a number the index check
 * (src/core/metrics/gram-index.ts) refuses.
 */
export interface GramIndexFile {
  info: GramIndexInfo;
  rows: number;
  /** 0 posts, 1 comments, -1 anything else. */
  kind: Int8Array;
  /** Days since 1970-01-01; MISSING when absent. */
  day: Int32Array;
  /** Index into `submolts`; -1 for none. */
  submolt: Int32Array;
  submolts: string[];
  /** -1 when absent. */
  n: Int32Array;
  gram: Int32Array;
  count: Int32Array;
}

/** Stands for a missing or unreadable day: far outside any frame. */
const MISSING = -(2 ** 31);

/** Whether an index made by this manifest's tokeniser can be used here. */
export function readable(info: GramIndexInfo | null | undefined): info is GramIndexInfo {
  return !!info && info.tokenizer === TOKENIZER_VERSION;
}

/** Decodes the index file's bytes. */
export async function decodeGramIndex(
  bytes: Uint8Array,
  file: string,
  info: GramIndexInfo,
): Promise<GramIndexFile> {
  const { readParquet } = await parquet();
  let table: Table;
  try {
    table = tableFromIPC(readParquet(bytes, { batchSize: 1 << 20 }).intoIPCStream());
  } catch (e) {
    throw new Error(`${file}: not a readable Parquet file (${String(e).slice(0, 200)})`);
  }
  const kindCodes = new Map<string | null, number>([
    ['post', 0],
    ['comment', 1],
  ]);
  const submolts: string[] = [];
  const submoltCodes = new Map<string | null, number>([[null, -1]]);
  const submoltOf = (s: string | null) => {
    let c = submoltCodes.get(s);
    if (c === undefined) {
      c = submolts.push(s ?? '') - 1;
      submoltCodes.set(s, c);
    }
    return c;
  };
  return {
    info,
    rows: table.numRows,
    kind: Int8Array.from(codes(table, 'kind', (s) => kindCodes.get(s) ?? -1, -1)),
    day: numbers(table, 'day', MISSING),
    submolt: codes(table, 'submolt', submoltOf, -1),
    submolts,
    n: numbers(table, 'n', -1),
    gram: numbers(table, 'gram', -1),
    count: numbers(table, 'count', -1),
  };
}

/** An integer column as Int32; nulls, and every row of a column of another type, as `missing`. */
function numbers(table: Table, name: string, missing: number): Int32Array {
  const out = new Int32Array(table.numRows).fill(missing);
  const v = table.getChild(name);
  if (!v || !DataType.isInt(v.type) || v.type.bitWidth > 32 || (v.type.bitWidth === 32 && !v.type.isSigned)) {
    return out;
  }
  let at = 0;
  for (const data of v.data) {
    const values = (data.values as Int32Array | Int16Array | Int8Array).subarray(0, data.length);
    if (!data.nullCount) out.set(values, at);
    else for (let r = 0; r < data.length; r++) if (isValid(data, r)) out[at + r] = values[r];
    at += data.length;
  }
  return out;
}

/**
 * A text column as codes (nulls as `ifNull`; every row of a non-text column as codeOf of an
 * impossible value). Rows come sorted, so a value usually repeats the one before: its bytes are
 * compared with those rather than decoded into a string per row.
 */
function codes(table: Table, name: string, codeOf: (s: string | null) => number, ifNull: number): Int32Array {
  const out = new Int32Array(table.numRows).fill(ifNull);
  const v = table.getChild(name);
  if (!v) return out;
  if (!DataType.isUtf8(v.type)) return out.fill(codeOf('\0not text'));
  const decoder = new TextDecoder();
  let at = 0;
  for (const data of v.data) {
    const offsets = data.valueOffsets as Int32Array;
    const bytes = data.values as Uint8Array;
    let prevStart = -1;
    let prevEnd = -1;
    let prevCode = 0;
    for (let r = 0; r < data.length; r++, at++) {
      if (!isValid(data, r)) continue;
      const a = offsets[r];
      const b = offsets[r + 1];
      if (prevStart < 0 || !sameBytes(bytes, a, b, prevStart, prevEnd)) {
        prevCode = codeOf(decoder.decode(bytes.subarray(a, b)));
        prevStart = a;
        prevEnd = b;
      }
      out[at] = prevCode;
    }
  }
  return out;
}

function sameBytes(bytes: Uint8Array, a: number, b: number, c: number, d: number): boolean {
  if (b - a !== d - c) return false;
  for (let i = 0; i < b - a; i++) if (bytes[a + i] !== bytes[c + i]) return false;
  return true;
}
