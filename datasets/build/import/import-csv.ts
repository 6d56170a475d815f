import { basename } from 'node:path';
import { sqlIdent } from '../../../src/core/sql/escape';
import type { BuildReport } from '../build-report';
import type { Stage } from '../stage/stage';
import { importByLayout } from './import-by-layout';
import type { ImportOutcome } from './outcome';
import { CSV_REJECTS, csvSource } from './sources';

const dropRejects = (stage: Stage): Promise<unknown> =>
  stage.conn.run(
    `DROP TABLE IF EXISTS ${sqlIdent(CSV_REJECTS.table)}; DROP TABLE IF EXISTS ${sqlIdent(CSV_REJECTS.scan)}`,
  );

/**
 * One CSV file with a header row (e.g. a table of the Observatory export): every column read as
 * text, so values arrive as written; records with the wrong number of fields are counted.
 */
export async function importCsv(path: string, stage: Stage, report: BuildReport): Promise<ImportOutcome> {
  await dropRejects(stage);
  try {
    const outcome = await importByLayout('csv', path, csvSource(path), stage, report);
    if (outcome.skipped) return outcome;
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
    return outcome;
  } finally {
    await dropRejects(stage);
  }
}
