import { tableToCSV, type CsvColumn } from '../../charts/export';
import type { QueryResult } from '../../core/worker-api';

type Row = Record<string, unknown>;

/** A console value as written to CSV: times (epoch ms from the engine) as ISO-8601 UTC. */
function csvValue(v: unknown, arrowType: string): unknown {
  if (typeof v !== 'number' || !Number.isFinite(v)) return v;
  if (/^Date/.test(arrowType)) return new Date(v).toISOString().slice(0, 10);
  if (/^Timestamp/.test(arrowType)) return new Date(v);
  return v;
}

/**
 * A console result as CSV: one column per result column (by position, so two columns with the same
 * name stay two), timestamps as ISO-8601 UTC and dates as YYYY-MM-DD rather than epoch ms.
 */
export function resultCsv(r: QueryResult): string {
  const cols: CsvColumn<Row>[] = r.columns.map((c, i) => ({
    key: String(i),
    label: c.name,
    format: (v) => csvValue(v, c.type),
  }));
  const rows: Row[] = r.rows.map((row) => ({ ...row }));
  return tableToCSV(rows, cols);
}
