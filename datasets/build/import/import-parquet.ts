import { ColumnIndex, detectLayout, selectListSql } from '../../../src/core/layouts';
import type { BuildReport } from '../build-report';
import type { Stage } from '../stage/stage';
import { noteLayoutRepairs, skippedInput, type ImportOutcome } from './outcome';
import { describeSource, parquetSource } from './sources';
import { insertStaged } from './staged-insert';
import { tableHintOf } from './table-hint';

/**
 * One Parquet file (a whole table or one shard of it): its layout from its own columns, so shards
 * that differ (a column added later) are each read right, then streamed into the staging table.
 */
export async function importParquet(path: string, stage: Stage, report: BuildReport): Promise<ImportOutcome> {
  const source = parquetSource(path);
  const columns = await describeSource(stage.conn, source);
  const match = detectLayout(columns, tableHintOf(path));
  if (!match.ok) return skippedInput('parquet', match.reason);
  const rows = await insertStaged(
    stage,
    match.table,
    selectListSql(match.fields, new ColumnIndex(columns)),
    source,
  );
  noteLayoutRepairs(report, match, path, rows);
  return { format: 'parquet', layout: match.layout, rows: { [match.table]: rows } };
}
