import { DataType, type Data, type Table } from 'apache-arrow';

/**
 * A column of an Arrow result as a plain JS array (strings, numbers or null).
 *
 * Walking a Vector with its iterator costs a generic accessor call per row, which at millions of
 * rows dominated the frame build; numbers are copied from the value buffers and strings are cut
 * out of one decoded buffer instead.
 */
export function column<T>(table: Table, name: string): T[] {
  const v = table.getChild(name);
  if (!v) return [];
  const out = new Array<T>(table.numRows);
  let i = 0;
  for (const data of v.data) {
    if (DataType.isUtf8(data.type)) i = utf8Into(data as Data, out as unknown as (string | null)[], i);
    else if (DataType.isFloat(data.type) || DataType.isInt(data.type)) {
      i = numbersInto(data as Data, out as unknown as (number | null)[], i);
    } else {
      const start = i;
      for (let r = 0; r < data.length; r++) {
        const x: unknown = v.get(start + r);
        out[i++] = (typeof x === 'bigint' ? Number(x) : x) as T;
      }
    }
  }
  return out;
}

// Arrow slices the value and offset buffers of a sliced Data but keeps `offset` for the validity
// bitmap: values are indexed by the row within the chunk, validity bits by offset + row.

/** Whether row r of a chunk holds a value (not null). */
export function isValid(data: Data, r: number): boolean {
  if (!data.nullCount || !data.nullBitmap) return true;
  const bit = data.offset + r;
  return ((data.nullBitmap[bit >> 3] >> (bit & 7)) & 1) === 1;
}

function numbersInto(data: Data, out: (number | null)[], at: number): number {
  const values = data.values as ArrayLike<number | bigint>;
  for (let r = 0; r < data.length; r++) {
    out[at++] = isValid(data, r) ? Number(values[r]) : null;
  }
  return at;
}

const decoder = new TextDecoder();

function utf8Into(data: Data, out: (string | null)[], at: number): number {
  const offsets = data.valueOffsets as Int32Array;
  const bytes = data.values as Uint8Array;
  const lo = offsets[0];
  const hi = offsets[data.length];
  const slice = bytes.subarray(lo, hi);
  // Pure ASCII: byte offsets are character offsets, so one decode and cheap substrings suffice.
  const ascii = slice.every((b) => b < 0x80);
  const whole = ascii ? decoder.decode(slice) : '';
  for (let r = 0; r < data.length; r++) {
    if (!isValid(data, r)) {
      out[at++] = null;
      continue;
    }
    const a = offsets[r];
    const b = offsets[r + 1];
    out[at++] = ascii ? whole.substring(a - lo, b - lo) : decoder.decode(bytes.subarray(a, b));
  }
  return at;
}

/**
 * An int8 list column as zero-copy views into Arrow's own buffers: one subarray per row. Walking
 * the list vector row by row would allocate a Vector per row, which is far slower at millions.
 */
export function int8Lists(table: Table, name: string): Int8Array[] {
  const out: Int8Array[] = [];
  const v = table.getChild(name);
  if (!v) return out;
  for (const data of v.data) {
    const offsets = data.valueOffsets as Int32Array;
    const child = data.children[0];
    const values = child.values as Int8Array;
    const base = child.offset;
    for (let r = 0; r < data.length; r++) out.push(values.subarray(base + offsets[r], base + offsets[r + 1]));
  }
  return out;
}
