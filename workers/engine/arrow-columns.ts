import type { Table } from 'apache-arrow';

/** A column of an Arrow result as a plain JS array (strings, numbers or null). */
export function column<T>(table: Table, name: string): T[] {
  const v = table.getChild(name);
  if (!v) return [];
  const out = new Array<T>(table.numRows);
  let i = 0;
  for (const x of v) out[i++] = (typeof x === 'bigint' ? Number(x) : x) as T;
  return out;
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
    for (let r = 0; r < data.length; r++) {
      const row = data.offset + r;
      out.push(values.subarray(base + offsets[row], base + offsets[row + 1]));
    }
  }
  return out;
}
