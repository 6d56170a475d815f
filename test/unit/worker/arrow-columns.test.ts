import { describe, expect, it } from 'vitest';
import { Bool, Float64, Int64, Table, Utf8, makeVector, vectorFromArray } from 'apache-arrow';
import { column } from '../../../workers/engine/arrow-columns';

describe('column()', () => {
  it('reads strings with nulls, non-ASCII text and several chunks exactly as Arrow does', () => {
    const a = vectorFromArray(['a', null, 'héllo', '🦞 crab', ''], new Utf8());
    const b = vectorFromArray(['x', 'y', null], new Utf8());
    const table = new Table({ s: a.concat(b) });
    expect(table.getChild('s')!.data.length).toBe(2);
    expect(column<string | null>(table, 's')).toEqual(['a', null, 'héllo', '🦞 crab', '', 'x', 'y', null]);
  });

  it('reads sliced chunks (offset buffers sliced, validity by offset)', () => {
    const v = vectorFromArray(['p0', null, 'p2', 'p3', null, 'p5'], new Utf8()).slice(1, 5);
    const n = vectorFromArray([0, 1, null, 3, 4, 5], new Float64()).slice(2, 5);
    expect(column(new Table({ s: v }), 's')).toEqual([null, 'p2', 'p3', null]);
    expect(column(new Table({ n }), 'n')).toEqual([null, 3, 4]);
  });

  it('turns 64-bit integers into numbers and keeps nulls', () => {
    const v = makeVector({
      type: new Int64(),
      data: new BigInt64Array([1n, 2n, 3n]),
      nullBitmap: new Uint8Array([0b101]),
      length: 3,
      nullCount: 1,
    });
    expect(column(new Table({ v }), 'v')).toEqual([1, null, 3]);
  });

  it('falls back to Arrow accessors for other types and returns [] for a missing column', () => {
    const t = new Table({ b: vectorFromArray([true, null, false], new Bool()) });
    expect(column(t, 'b')).toEqual([true, null, false]);
    expect(column(t, 'missing')).toEqual([]);
  });
});
