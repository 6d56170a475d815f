import { readFileSync } from 'node:fs';
import { importApiDocument } from './api-json';
import type { BuildReport } from './build-report';
import type { RawDataset } from './raw';

/**
 * JSON Lines crawls (e.g. jscmp4/Moltbook): one post, comment or API response per line. Each line is
 * parsed on its own, so one broken line is reported and the rest still load.
 */
export function importJsonl(path: string, into: RawDataset, report: BuildReport): void {
  const text = readFileSync(path, 'utf8');
  let lineNo = 0;
  for (const line of text.split(/\r?\n/)) {
    lineNo++;
    if (line.trim() === '') continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      report.note('rejected', 'JSONL line that is not valid JSON', `${path}:${lineNo}`);
      continue;
    }
    importApiDocument(doc, into, report, `${path}:${lineNo}`);
  }
}

export function importJsonFile(path: string, into: RawDataset, report: BuildReport): void {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    report.note('rejected', 'JSON file that does not parse', `${path}: ${(e as Error).message}`);
    return;
  }
  importApiDocument(doc, into, report, path);
}
