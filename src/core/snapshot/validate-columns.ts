import { describeKind, matchKind, type TimestampRepair } from './column-kinds';
import { SnapshotError } from './errors';
import { TABLES, type TableName } from './tables';

export interface FieldInfo {
  name: string;
  /** DuckDB type name, e.g. "VARCHAR", "BIGINT", "TIMESTAMP WITH TIME ZONE"; "NULL" for a column
   * with no values at all (writers give those arbitrary types). */
  type: string;
}

export interface ColumnPlan {
  /** Optional contract columns the file lacks: filled with NULL. */
  missing: string[];
  /** Columns the contract does not know: kept, never read by the diagnostics. */
  extra: string[];
  /** Columns that need a documented repair before use. */
  repairs: { column: string; repair: TimestampRepair }[];
}

/**
 * Checks a file's columns against the contract for `table`. Throws a SnapshotError naming the
 * file, the column, what was expected and what was found; otherwise returns how to read it.
 */
export function validateColumns(table: TableName, file: string, fields: FieldInfo[]): ColumnPlan {
  const spec = TABLES[table];
  const byName = new Map(fields.map((f) => [f.name, f]));
  const plan: ColumnPlan = { missing: [], extra: [], repairs: [] };
  for (const column of spec.columns) {
    const field = byName.get(column.name);
    if (field?.type === 'NULL' && !column.required) {
      plan.missing.push(column.name);
      continue;
    }
    if (!field || field.type === 'NULL') {
      if (column.required) {
        throw new SnapshotError({
          file,
          column: column.name,
          expected: describeKind(column.kind),
          found: field ? 'a column with no values' : 'no such column',
          message: field
            ? `${file}: required column "${column.name}" has no values.`
            : `${file}: required column "${column.name}" (${describeKind(column.kind)}) is missing. Found columns: ${fields.map((f) => f.name).join(', ') || 'none'}.`,
        });
      }
      plan.missing.push(column.name);
      continue;
    }
    const match = matchKind(column.kind, field.type);
    if (match.status === 'bad') {
      throw new SnapshotError({
        file,
        column: column.name,
        expected: describeKind(column.kind),
        found: field.type,
        message: `${file}: column "${column.name}" should be ${describeKind(column.kind)} but is ${field.type}.`,
      });
    }
    if (match.status === 'repair') plan.repairs.push({ column: column.name, repair: match.repair });
  }
  const known = new Set(spec.columns.map((c) => c.name));
  plan.extra = fields.map((f) => f.name).filter((n) => !known.has(n));
  return plan;
}
