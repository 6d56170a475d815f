/**
 * Keeps the console's filtered tables (posts_filtered, comments_filtered) in step with the filter
 * the page sends with each console statement. They are TEMP views of the console's own connection,
 * created outside its read-only transaction; they are rebuilt only when the filter or the loaded
 * dataset changes.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { DataFilter } from '../../src/core/queries/filters';
import { filteredViewsSql } from '../../src/core/queries/console-views';

let built = '';

export async function followFilter(
  conn: AsyncDuckDBConnection,
  filter: DataFilter,
  generation: number,
): Promise<void> {
  const key = JSON.stringify([generation, filter.range, filter.submolts]);
  if (key === built) return;
  built = '';
  for (const v of filteredViewsSql(filter)) {
    // A dataset without that table simply has no filtered view of it.
    await conn
      .query(v.sql)
      .catch(() => conn.query(`DROP VIEW IF EXISTS temp.${v.name}`).catch(() => undefined));
  }
  built = key;
}
