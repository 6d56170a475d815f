import { DataType, Precision, tableFromIPC } from 'apache-arrow';
import { validateColumns } from '../../src/core/snapshot/validate-columns';
import type { TableName } from '../../src/core/snapshot/tables';
import { openBlob } from './insert-parquet';

/**
 * Checks a deferred file's columns against the contract when the dataset opens, from its Parquet
 * footer alone, so a dropped vectors file of the wrong shape is refused at once (the dataset open
 * before stays) rather than when a view first needs it. Only files already in memory: for a URL the
 * footer would cost requests the Overview does not need, and the file is checked when it is read.
 */
export async function precheckColumns(table: TableName, file: string, blob: Blob): Promise<void> {
  const pf = await openBlob(blob, file);
  try {
    const fields = tableFromIPC(pf.schema().intoIPCStream()).schema.fields.map((f) => ({
      name: f.name,
      type: duckdbTypeName(f.type),
    }));
    validateColumns(table, file, fields);
  } finally {
    pf.free();
  }
}

/** The type DuckDB would report (DESCRIBE) for an Arrow type, as validateColumns expects it. */
export function duckdbTypeName(t: DataType): string {
  if (DataType.isNull(t)) return 'NULL';
  if (DataType.isUtf8(t) || DataType.isLargeUtf8(t)) return 'VARCHAR';
  if (DataType.isInt(t)) {
    const name = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' }[t.bitWidth] ?? 'HUGEINT';
    return t.isSigned ? name : `U${name}`;
  }
  if (DataType.isFloat(t)) return t.precision === Precision.DOUBLE ? 'DOUBLE' : 'FLOAT';
  if (DataType.isDecimal(t)) return 'DECIMAL';
  if (DataType.isTimestamp(t)) return 'TIMESTAMP';
  if (DataType.isDate(t)) return 'DATE';
  if (DataType.isList(t) || DataType.isFixedSizeList(t)) return `${duckdbTypeName(t.children[0].type)}[]`;
  // Anything else (structs, binaries, …) fails the contract's kinds by its name.
  return String(t).toUpperCase();
}
