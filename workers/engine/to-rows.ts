import type { Table } from 'apache-arrow';
import type { QueryColumn } from '../../src/core/worker-api';

/** Arrow result → plain rows that survive structured cloning: BigInt → number, Date → epoch ms. */
export function toRows(
  table: Table,
  maxRows: number,
): { columns: QueryColumn[]; rows: unknown[][]; truncated: boolean } {
  const columns = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
  const n = Math.min(table.numRows, maxRows);
  const vectors = table.schema.fields.map((_, i) => table.getChildAt(i));
  const rows: unknown[][] = new Array(n);
  for (let r = 0; r < n; r++) {
    const row = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) row[c] = plain(vectors[c]?.get(r));
    rows[r] = row;
  }
  return { columns, rows, truncated: table.numRows > maxRows };
}

function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'object') {
    // Lists and structs: Arrow vectors/rows expose toJSON/toArray.
    const o = v as { toArray?: () => unknown[]; toJSON?: () => unknown };
    if (typeof o.toArray === 'function') return Array.from(o.toArray(), plain);
    if (typeof o.toJSON === 'function') return o.toJSON();
    if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
  }
  return v;
}
