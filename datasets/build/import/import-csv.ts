import { basename } from 'node:path';
import { ColumnIndex, detectLayout, selectListSql } from '../../../src/core/layouts';
import { sqlIdent } from '../../../src/core/sql/escape';
import type { BuildReport } from '../build-report';
import type { Stage } from '../stage/stage';
import { noteLayoutRepairs, skippedInput, type ImportOutcome } from './outcome';
import { CSV_REJECTS, csvSource, describeSource } from './sources';
import { insertStaged } from './staged-insert';
import { tableHintOf } from './table-hint';

const dropRejects = (stage: Stage): Promise<unknown> =>
  stage.conn.run(
    `DROP TABLE IF EXISTS ${sqlIdent(CSV_REJECTS.table)}; DROP TABLE IF EXISTS ${sqlIdent(CSV_REJECTS.scan)}`,
  );

/**
 * One CSV file with a header row (e.g. a table of the Observatory export): every column read as
 * text, so values arrive as written; records with the wrong number of fields are counted.
 */
export async function importCsv(path: string, stage: Stage, report: BuildReport): Promise<ImportOutcome> {
  const source = csvSource(path);
  await dropRejects(stage);
  try {
    const columns = await describeSource(stage.conn, source);
    const match = detectLayout(columns, tableHintOf(path));
    if (!match.ok) return skippedInput('csv', match.reason);
    const rows = await insertStaged(
      stage,
      match.table,
      selectListSql(match.fields, new ColumnIndex(columns)),
      source,
    );
    noteLayoutRepairs(report, match, path, rows);
    const bad = (
      await stage.conn.runAndReadAll(
        `SELECT count(DISTINCT line)::INTEGER, list(DISTINCT line ORDER BY line)[1:3] FROM ${sqlIdent(CSV_REJECTS.table)}`,
      )
    ).getRowsJS()[0];
    const lines = (bad[1] as bigint[] | null) ?? [];
    report.add(
      'rejected',
      `CSV record that cannot be read (wrong number of fields or broken quoting)`,
      Number(bad[0]),
      lines.map((l) => `${basename(path)} line ${String(l)}`),
    );
    return { format: 'csv', layout: match.layout, rows: { [match.table]: rows } };
  } finally {
    await dropRejects(stage);
  }
}
