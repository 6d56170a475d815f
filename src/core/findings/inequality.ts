/**
 * Is attention more unequal than production? §8 Gini of upvotes received vs Gini of posts per
 * agent, a network fact of the other Moltbook papers.
 */
import type { InequalityResult } from '../metrics/inequality.ts';
import type { FindingInfo } from './finding-info.ts';
import { count, fixed, only } from './format.ts';
import { MIN_INEQUALITY_AGENTS } from './min-evidence.ts';
import { PUBLISHED } from './published.ts';
import { GINI_GAP } from './thresholds.ts';
import type { Verdict } from './verdict.ts';

export const INEQUALITY_FINDING: FindingInfo = {
  id: 'inequality',
  question: 'Is attention more unequal than posting?',
  diagnostic: 'inequality',
  rule: `Detected when the Gini coefficient of upvotes received per agent exceeds the Gini of posts per agent by at least ${GINI_GAP.value}; not detected when the gap is smaller; not enough data with fewer than ${MIN_INEQUALITY_AGENTS.value} agents.`,
  thresholds: [MIN_INEQUALITY_AGENTS, GINI_GAP],
  published: PUBLISHED.inequality,
};

/** The inequality verdict from an inequality result. */
export function inequalityVerdict(r: InequalityResult): Verdict {
  const base = {
    finding: INEQUALITY_FINDING.id,
    question: INEQUALITY_FINDING.question,
    rule: INEQUALITY_FINDING.rule,
  };
  const evidence = { agents: r.agents };
  if (r.agents < MIN_INEQUALITY_AGENTS.value || r.upvoteGini === null || r.postGini === null) {
    return {
      ...base,
      verdict: 'not enough data',
      sentence: `${only(r.agents)} agents; at least ${MIN_INEQUALITY_AGENTS.value} are needed to compare how unequally upvotes and posts are spread.`,
      value: r.upvoteGini,
      interval: null,
      evidence,
    };
  }
  const gap = r.upvoteGini - r.postGini;
  const detected = gap >= GINI_GAP.value;
  const numbers = `Gini ${fixed(r.upvoteGini, 3)} for upvotes received against ${fixed(r.postGini, 3)} for posts written, over ${count(r.agents)} agents`;
  return {
    ...base,
    verdict: detected ? 'detected' : 'not detected',
    sentence: detected
      ? `Attention is far more concentrated than posting: ${numbers}.`
      : `Attention is about as concentrated as posting, or less: ${numbers}.`,
    value: r.upvoteGini,
    interval: null,
    evidence,
  };
}
