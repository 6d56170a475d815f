import { basename } from 'node:path';
import {
  ColumnIndex,
  columnsOfObject,
  columnsOfSample,
  detectLayout,
  NESTED_ROOTS,
  NULL_TYPE,
  readColumnsFor,
  selectListSql,
  usedPaths,
  type LayoutMatch,
} from '../../../src/core/layouts';
import { sqlIdent } from '../../../src/core/sql/escape';
import type { BuildReport } from '../build-report';
import type { Stage } from '../stage/stage';
import { isEnvelope, walkDocument } from './api-documents';
import { JsonSinks } from './json-sinks';
import { countJsonlLines, jsonlLines, sampleJsonl } from './jsonl-lines';
import { noteLayoutRepairs, skippedInput, type ImportOutcome } from './outcome';
import { jsonlSource } from './sources';
import { insertStaged } from './staged-insert';
import { tableHintOf } from './table-hint';

const NOT_A_RECORD = 'JSONL line that is not valid JSON or not a record of the file’s layout';

/**
 * A file of flat records of one table (jscmp4's posts_all/comments_all/agents_seen): DuckDB reads
 * it out of core, only the columns the layout needs, all as text. Lines that are not JSON objects
 * come out all-NULL under ignore_errors: they are filtered and counted against the line count.
 */
async function streamRecords(
  path: string,
  match: LayoutMatch,
  stage: Stage,
  report: BuildReport,
): Promise<number> {
  const read = readColumnsFor(usedPaths(match.fields));
  const anyValue = read.map((c) => `${sqlIdent(c.name)} IS NOT NULL`).join(' OR ');
  const rows = await insertStaged(
    stage,
    match.table,
    selectListSql(match.fields, new ColumnIndex(read)),
    jsonlSource(path, read),
    anyValue,
  );
  const lines = await countJsonlLines(path);
  report.add('rejected', NOT_A_RECORD, Math.max(0, lines - rows), [basename(path)]);
  return rows;
}

/** Lines of envelopes, trees or mixed tables: each parsed and walked in JavaScript, streamed. */
async function walkLines(path: string, stage: Stage, report: BuildReport): Promise<ImportOutcome> {
  const sinks = await JsonSinks.open(stage, report);
  try {
    for await (const { line, lineNo } of jsonlLines(path)) {
      let doc: unknown;
      try {
        doc = JSON.parse(line);
      } catch {
        report.note('rejected', 'JSONL line that is not valid JSON', `${basename(path)}:${lineNo}`);
        continue;
      }
      walkDocument(doc, sinks, `${basename(path)}:${lineNo}`);
    }
  } catch (e) {
    sinks.close();
    throw e;
  }
  return { format: 'jsonl', layout: 'api-json-lines', rows: sinks.close() };
}

/**
 * One JSON Lines file. Its first lines decide the road: flat records of one table stream through
 * DuckDB (flat memory on a 19 GB comments file); envelopes, comment trees or a mix of tables are
 * walked line by line in JavaScript, one line in memory at a time.
 */
export async function importJsonl(path: string, stage: Stage, report: BuildReport): Promise<ImportOutcome> {
  const sample = await sampleJsonl(path);
  if (sample.objects.length === 0)
    return skippedInput('jsonl', `no JSON object among its first lines (${sample.broken} unreadable)`);
  const tables = new Set<string>();
  for (const o of sample.objects) {
    const m = detectLayout(columnsOfObject(o));
    if (m.ok) tables.add(m.table);
  }
  const columns = columnsOfSample(sample.objects);
  // `author` null in every sampled line may be an object or a name further on: read line by line.
  const unknownShape = columns.some((c) => c.type === NULL_TYPE && NESTED_ROOTS.has(c.name));
  if (sample.objects.some(isEnvelope) || tables.size > 1 || unknownShape)
    return walkLines(path, stage, report);
  const match = detectLayout(columns, tableHintOf(path));
  if (!match.ok) return skippedInput('jsonl', match.reason);
  const rows = await streamRecords(path, match, stage, report);
  noteLayoutRepairs(report, match, path, rows);
  return { format: 'jsonl', layout: match.layout, rows: { [match.table]: rows } };
}
