/**
 * Stored answers (answers.ts) are data from the snapshot's host: only a well-formed file written
 * under the rules this code runs is shown, and a live answer that differs marks it stale.
 */
import { describe, expect, it } from 'vitest';
import {
  ANSWERS_FORMAT,
  parseAnswers,
  rulesHash,
  sameAnswer,
  storedVerdict,
} from '../../../src/core/findings/answers.ts';
import type { Verdict } from '../../../src/core/findings/index.ts';

const verdict: Verdict = {
  finding: 'influence',
  question: 'Do agents influence each other?',
  verdict: 'not detected',
  sentence: 'The median difference is +0.001.',
  value: 0.001,
  interval: { lo: -0.002, hi: 0.004, level: 0.99, of: 'median difference' },
  evidence: { events: 1200, agents: 80 },
  rule: 'Detected when …',
};
const file = (over: Record<string, unknown> = {}, v: unknown[] = [verdict]) => ({
  format: ANSWERS_FORMAT,
  rules: rulesHash(),
  version: '0.1.0',
  verdicts: v,
  ...over,
});

describe('stored answers', () => {
  it('reads a well-formed file', () => {
    const a = parseAnswers(JSON.parse(JSON.stringify(file())));
    expect(a?.verdicts).toEqual([verdict]);
    expect(storedVerdict(a, 'influence')).toEqual(verdict);
    expect(storedVerdict(a, 'drift')).toBeNull();
  });

  it('refuses files from other rules, other formats and malformed or hostile ones', () => {
    const bad: unknown[] = [
      null,
      'x',
      [],
      file({ rules: 'deadbeef' }),
      file({ format: 'moltscope-answers/0' }),
      file({ version: 7 }),
      file({}, [{ ...verdict, finding: 'constructor' }]),
      file({}, [{ ...verdict, verdict: 'proven' }]),
      file({}, [{ ...verdict, sentence: 'x'.repeat(5000) }]),
      file({}, [{ ...verdict, value: 'NaN' }]),
      file({}, [{ ...verdict, interval: { lo: 0, hi: 'high', level: 0.99, of: 'x' } }]),
      file({}, [{ ...verdict, evidence: { events: '<img src=x>' } }]),
      file({}, [verdict, verdict]),
      file(
        {},
        Array.from({ length: 20 }, () => verdict),
      ),
    ];
    for (const b of bad) expect(parseAnswers(b), JSON.stringify(b).slice(0, 80)).toBeNull();
  });

  it('a live answer agrees when its verdict, sentence and numbers do', () => {
    expect(sameAnswer(verdict, { ...verdict, value: 0.001 + 1e-15 })).toBe(true);
    expect(sameAnswer(verdict, { ...verdict, verdict: 'detected' })).toBe(false);
    expect(sameAnswer(verdict, { ...verdict, sentence: 'Other words.' })).toBe(false);
    expect(sameAnswer(verdict, { ...verdict, value: 0.002 })).toBe(false);
    expect(sameAnswer(verdict, { ...verdict, interval: null })).toBe(false);
    expect(sameAnswer(verdict, { ...verdict, interval: { ...verdict.interval!, hi: 0.5 } })).toBe(false);
  });

  it('the rules hash is stable and names the rules', () => {
    expect(rulesHash()).toMatch(/^[0-9a-f]{8}$/);
    expect(rulesHash()).toBe(rulesHash());
  });
});
