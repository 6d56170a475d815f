/**
 * Writes a snapshot's stored answers (src/core/findings/answers.ts) beside its tables: every
 * finding's verdict on the whole snapshot, by the rules the page runs, so the Findings page can
 * show them before its engine has loaded. The page confirms them from the data either way.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWERS_FILE, type StoredAnswers } from '../../src/core/findings/answers.ts';
import { computeAnswers } from '../../src/core/findings/compute-answers.ts';
import { loadFrame } from './load-frame.ts';

/** package.json's version: the code that computed the answers, as the page's exports name it. */
function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

export async function writeAnswers(dir: string): Promise<StoredAnswers> {
  const { frame } = await loadFrame(dir, { texts: false });
  const answers = computeAnswers(frame, packageVersion());
  writeFileSync(join(dir, ANSWERS_FILE), JSON.stringify(answers, null, 1) + '\n');
  return answers;
}
