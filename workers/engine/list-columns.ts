import { DataType, type Table, type Vector } from 'apache-arrow';
import type { ListColumns } from '../../src/core/worker-api';

/**
 * The first row of a result whose columns are lists, as typed arrays (numbers) or string arrays.
 * Numbers go back as their own buffers so they can be transferred: a 1,000,000-edge list cloned as
 * a JS array costs the page's thread hundreds of milliseconds; transferred, nothing.
 */
export function listColumns(table: Table): ListColumns {
  const out: ListColumns = {};
  for (const field of table.schema.fields) {
    const list = table.numRows ? (table.getChild(field.name)?.get(0) as Vector | null) : null;
    const child = DataType.isList(field.type) ? field.type.children[0].type : null;
    if (child && (DataType.isInt(child) || DataType.isFloat(child))) {
      const values = list?.toArray() as ArrayLike<number | bigint> | undefined;
      out[field.name] = DataType.isInt(child)
        ? Int32Array.from(values ?? [], Number)
        : Float64Array.from(values ?? [], Number);
    } else {
      out[field.name] = list
        ? Array.from(list as Iterable<unknown>, (v) => (v === null ? '' : String(v)))
        : [];
    }
  }
  return out;
}

/** The buffers of the numeric columns (to transfer them). */
export function listBuffers(cols: ListColumns): ArrayBuffer[] {
  return Object.values(cols).flatMap((c) => (Array.isArray(c) ? [] : [c.buffer as ArrayBuffer]));
}
