/**
 * Computes a snapshot's stored answers (answers.ts) in Node at build time. Kept apart from
 * answers.ts so the page, which only reads the file, does not bundle every diagnostic.
 */
import { DIAGNOSTICS, type DiagnosticId } from '../diagnostics.ts';
import type { Frame } from '../frame.ts';
import { ANSWERS_FORMAT, rulesHash, type StoredAnswers } from './answers.ts';
import { FINDINGS, verdictOf } from './index.ts';

/** Every finding's verdict on a whole frame (no filter, default parameters), as the page runs them. */
export function computeAnswers(frame: Frame, version: string): StoredAnswers {
  const results = new Map<DiagnosticId, unknown>();
  const verdicts = FINDINGS.map((f) => {
    if (!results.has(f.diagnostic))
      results.set(f.diagnostic, (DIAGNOSTICS[f.diagnostic] as (fr: Frame) => unknown)(frame));
    return verdictOf(f.id, results.get(f.diagnostic) as never);
  });
  return { format: ANSWERS_FORMAT, rules: rulesHash(), version, verdicts };
}
