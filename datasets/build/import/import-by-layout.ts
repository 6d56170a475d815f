import { ColumnIndex, detectLayout, selectListSql } from '../../../src/core/layouts';
import type { BuildReport } from '../build-report';
import type { Stage } from '../stage/stage';
import { noteLayoutRepairs, skippedInput, type ImportOutcome } from './outcome';
import { describeSource } from './sources';
import { insertStaged } from './staged-insert';
import { tableHintOf } from './table-hint';

/**
 * One file DuckDB can read as a table (Parquet, CSV): its layout from its own columns (so shards
 * that differ, e.g. a column added later, are each read right), then streamed into the staging
 * table, and what the layout changed noted once for the file.
 */
export async function importByLayout(
  format: string,
  path: string,
  source: string,
  stage: Stage,
  report: BuildReport,
): Promise<ImportOutcome> {
  const columns = await describeSource(stage.conn, source);
  const match = detectLayout(columns, tableHintOf(path));
  if (!match.ok) return skippedInput(format, match.reason);
  const rows = await insertStaged(
    stage,
    match.table,
    selectListSql(match.fields, new ColumnIndex(columns)),
    source,
  );
  noteLayoutRepairs(report, match, path, rows);
  return { format, layout: match.layout, rows: { [match.table]: rows } };
}
