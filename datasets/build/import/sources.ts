/**
 * DuckDB table functions that read one input file out of core, and DESCRIBE of what they give.
 * Paths are string literals (quoteString); a path with glob characters is refused, because DuckDB
 * expands `*`, `?` and `[…]` in every reader's path and a hostile name could pull in other files.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceColumn } from '../../../src/core/layouts';
import { quoteString } from '../../../src/core/sql/sql';

const GLOB = /[*?[\]{}]/;

function pathLiteral(path: string): string {
  if (GLOB.test(path))
    throw new Error(
      `${path}: the name has a glob character (* ? [ ] { }), which DuckDB would expand: rename it`,
    );
  return quoteString(path);
}

export const parquetSource = (path: string): string => `read_parquet(${pathLiteral(path)})`;

/**
 * JSON Lines with exactly the columns given (all read as text): lines that are not JSON objects
 * become all-NULL rows under ignore_errors, which the importer filters out and counts.
 */
export function jsonlSource(path: string, columns: readonly SourceColumn[]): string {
  const spec = columns.map((c) => `${quoteString(c.name)}: ${quoteString(c.type)}`).join(', ');
  return `read_json(${pathLiteral(path)}, format = 'newline_delimited', ignore_errors = true, columns = {${spec}})`;
}

/** Names of the tables DuckDB fills with the CSV records it could not read. */
export const CSV_REJECTS = { table: 'moltscope_csv_rejects', scan: 'moltscope_csv_reject_scans' };

/** RFC 4180 CSV with a header row, every column text; bad records go to CSV_REJECTS. */
export function csvSource(path: string): string {
  return `read_csv(${pathLiteral(path)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', ignore_errors = true, store_rejects = true, rejects_table = ${quoteString(CSV_REJECTS.table)}, rejects_scan = ${quoteString(CSV_REJECTS.scan)})`;
}

/** The columns a reader gives, as DESCRIBE names and types them. */
export async function describeSource(conn: DuckDBConnection, source: string): Promise<SourceColumn[]> {
  const rows = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJS();
  return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}
