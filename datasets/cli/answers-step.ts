import { writeAnswers } from '../lib/write-answers';
import { Progress } from './progress';

/** The last step of a build or generate: the snapshot's stored answers, timed. */
export async function answersStep(dir: string): Promise<void> {
  const step = new Progress('answers.json');
  const started = performance.now();
  const answers = await writeAnswers(dir);
  step.done(`${((performance.now() - started) / 1000).toFixed(1)}s, ${answers.verdicts.length} findings`);
}
