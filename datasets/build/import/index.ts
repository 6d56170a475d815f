/**
 * The builder's front half: every --input, whatever public layout it has, into the staging tables
 * of a Stage, each file read out of core (DuckDB) or streamed (JSON walked in batches). Each input
 * lands in the report: its format and layout and the rows staged per table, or why it was skipped.
 */
import { reportPath, type BuildReport } from '../build-report';
import type { Stage } from '../stage/stage';
import { importCsv } from './import-csv';
import { importJson } from './import-json';
import { importJsonl } from './import-jsonl';
import { importParquet } from './import-parquet';
import type { ImportOutcome } from './outcome';
import { scanInputs, type InputKind } from './scan-inputs';
import { fillSubmoltDisplayNames } from './submolt-names';

const IMPORTERS: Record<
  InputKind,
  (path: string, stage: Stage, report: BuildReport) => Promise<ImportOutcome>
> = {
  parquet: importParquet,
  jsonl: importJsonl,
  json: importJson,
  csv: importCsv,
};

/** One importer; a failure names the file (DuckDB's own messages often do not). */
async function runImporter(
  kind: InputKind,
  path: string,
  stage: Stage,
  report: BuildReport,
): Promise<ImportOutcome> {
  try {
    return await IMPORTERS[kind](path, stage, report);
  } catch (e) {
    const message = (e as Error).message;
    throw new Error(message.includes(path) ? message : `${path}: ${message}`, { cause: e });
  }
}

/** Stages every input in the order given (folders in name order); returns what each gave. */
export async function importInputs(
  paths: readonly string[],
  stage: Stage,
  report: BuildReport,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const input of scanInputs(paths)) {
    const outcome = input.kind
      ? await runImporter(input.kind, input.path, stage, report)
      : { format: 'skipped', rows: {}, skipped: input.skipped };
    if (outcome.skipped && input.explicit)
      throw new Error(`input ${input.path} is not read: ${outcome.skipped}`);
    outcomes.push(outcome);
    const { posts = 0, comments = 0, agents = 0, submolts = 0 } = outcome.rows;
    report.inputs.push({
      // Relative to where the build ran: the report is committed and must not carry this machine's paths.
      path: reportPath(input.path),
      format: outcome.format,
      ...(outcome.layout ? { layout: outcome.layout } : {}),
      posts,
      comments,
      agents,
      submolts,
      ...(outcome.skipped ? { skipped: outcome.skipped } : {}),
    });
  }
  await fillSubmoltDisplayNames(stage, report);
  return outcomes;
}
