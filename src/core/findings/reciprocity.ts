/** Do agents answer back? §8 reciprocity, a network fact of the other Moltbook papers. */
import type { ReciprocityResult } from '../metrics/reciprocity.ts';
import type { FindingInfo } from './finding-info.ts';
import { count, only, percent } from './format.ts';
import { MIN_RECIPROCITY_PAIRS } from './min-evidence.ts';
import { PUBLISHED } from './published.ts';
import type { Verdict } from './verdict.ts';

export const RECIPROCITY_FINDING: FindingInfo = {
  id: 'reciprocity',
  question: 'Do agents answer back?',
  diagnostic: 'reciprocity',
  rule: `Measured as the share of distinct commenter → author pairs whose reverse pair also occurs; not enough data with fewer than ${MIN_RECIPROCITY_PAIRS.value} pairs.`,
  thresholds: [MIN_RECIPROCITY_PAIRS],
  published: PUBLISHED.reciprocity,
};

/** The reciprocity verdict from a reciprocity result. */
export function reciprocityVerdict(r: ReciprocityResult): Verdict {
  const base = {
    finding: RECIPROCITY_FINDING.id,
    question: RECIPROCITY_FINDING.question,
    rule: RECIPROCITY_FINDING.rule,
  };
  const evidence = { pairs: r.pairs };
  const target = r.params.mode === 'reply' ? 'comment' : 'post';
  if (r.pairs < MIN_RECIPROCITY_PAIRS.value || r.reciprocity === null) {
    return {
      ...base,
      verdict: 'not enough data',
      sentence: `${only(r.pairs)} distinct commenter → author pairs (${count(r.reciprocated)} returned); at least ${MIN_RECIPROCITY_PAIRS.value} are needed to measure reciprocity.`,
      value: r.reciprocity,
      interval: null,
      evidence,
    };
  }
  return {
    ...base,
    verdict: 'measured',
    sentence: `${percent(r.reciprocity)} of ${count(r.pairs)} commenter → author pairs are returned (${count(r.reciprocated)} pairs): the ${target}'s author also commented on the commenter's ${target}s.`,
    value: r.reciprocity,
    interval: null,
    evidence,
  };
}
