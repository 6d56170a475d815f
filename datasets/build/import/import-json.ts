import { readFileSync, statSync } from 'node:fs';
import { reportPath, type BuildReport } from '../build-report';
import type { Stage } from '../stage/stage';
import { walkDocument } from './api-documents';
import { JsonSinks } from './json-sinks';
import type { ImportOutcome } from './outcome';

/** A JSON document is parsed whole; past this size it is refused (JSON Lines stream instead). */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/**
 * One JSON file of API responses (or a dataset's JSON export such as takschdube's
 * posts_full.json): parsed in JavaScript and walked, rows appended to the staging tables in batches.
 */
export async function importJson(path: string, stage: Stage, report: BuildReport): Promise<ImportOutcome> {
  const size = statSync(path).size;
  if (size > MAX_JSON_BYTES)
    throw new Error(
      `${path}: a JSON document of ${Math.round(size / 2 ** 20)} MB is too large to parse whole; convert it to JSON Lines (one record per line, e.g. jq -c '.[]')`,
    );
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    report.note('rejected', 'JSON file that does not parse', `${reportPath(path)}: ${(e as Error).message}`);
    return { format: 'json', rows: {} };
  }
  const sinks = await JsonSinks.open(stage, report);
  try {
    walkDocument(doc, sinks, reportPath(path));
  } catch (e) {
    // An appender left open would hold the staging table.
    sinks.close();
    throw e;
  }
  return { format: 'json', layout: 'api-json', rows: sinks.close() };
}
