/** Do agents influence each other? Read from §5 interaction influence (semantic version). */
import { INFLUENCE_DEFAULTS, type InfluenceResult } from '../metrics/influence.ts';
import type { FindingInfo } from './finding-info.ts';
import { count, fixed, only, signed } from './format.ts';
import { callInterval } from './interval-rule.ts';
import { MIN_INFLUENCE_EVENTS } from './min-evidence.ts';
import { PUBLISHED } from './published.ts';
import { INFLUENCE_EFFECT } from './thresholds.ts';
import type { Verdict } from './verdict.ts';

const pct = (level: number) => `${fixed(100 * level, 0)}%`;
const E = INFLUENCE_EFFECT.value;

export const INFLUENCE_FINDING: FindingInfo = {
  id: 'influence',
  question: 'Do agents influence each other?',
  diagnostic: 'interactionInfluence',
  rule: `Detected when the ${pct(INFLUENCE_DEFAULTS.level)} bootstrap interval of the median difference between an agent's move toward the post it commented on and its move toward a random post of the same day excludes 0; not detected when that interval contains 0 and lies inside ±${E}; not enough data with fewer than ${MIN_INFLUENCE_EVENTS.value} comment events, without embeddings, or when the interval contains 0 but reaches past ±${E}.`,
  thresholds: [MIN_INFLUENCE_EVENTS, INFLUENCE_EFFECT],
  published: PUBLISHED.influence,
};

/** The influence verdict from an interactionInfluence result. */
export function influenceVerdict(r: InfluenceResult): Verdict {
  const base = {
    finding: INFLUENCE_FINDING.id,
    question: INFLUENCE_FINDING.question,
    rule: INFLUENCE_FINDING.rule,
  };
  const level = r.params.level;
  if (!r.semantic) {
    return {
      ...base,
      verdict: 'not enough data',
      sentence: `The dataset has no post embeddings, so whether commenting on a post changes how an agent writes cannot be measured (${count(r.events)} comment events).`,
      value: null,
      interval: null,
      evidence: { events: r.events },
    };
  }
  const d = r.semantic.difference;
  const evidence = { events: d.n, agents: r.perAgent?.agents.length ?? 0 };
  const c = callInterval(d, MIN_INFLUENCE_EVENTS.value, E);
  if (c.call === 'too few' || c.call === 'no interval') {
    return {
      ...base,
      verdict: 'not enough data',
      sentence:
        c.call === 'too few'
          ? `${only(c.n)} comments have at least ${r.params.minWindow} posts by the commenter before and after them; at least ${MIN_INFLUENCE_EVENTS.value} are needed to say whether agents influence each other.`
          : `No interval could be computed for the ${count(d.n)} comment events (bootstrap turned off), so the data cannot say whether agents influence each other.`,
      value: d.median,
      interval: null,
      evidence,
    };
  }
  const interval = { lo: c.lo, hi: c.hi, level, of: 'median difference from the same-day null' };
  const numbers = `the median difference is ${signed(c.median, 3)} (${pct(level)} interval ${fixed(c.lo, 3)} to ${fixed(c.hi, 3)}), over ${count(d.n)} comments by ${count(evidence.agents)} agents`;
  const sentence = {
    above: `Commenting on a post made agents' next posts more like it than like a random post of the same day: ${numbers}.`,
    below: `Commenting on a post made agents' next posts less like it than like a random post of the same day: ${numbers}.`,
    within: `Commenting on a post did not make agents' next posts more like it than a random post of the same day: ${numbers}, which rules out an effect of ${E} either way.`,
    'too wide': `The data cannot say whether agents influence each other: ${numbers}, an interval that contains 0 but reaches past ±${E}.`,
  }[c.call];
  return {
    ...base,
    verdict: c.call === 'within' ? 'not detected' : c.call === 'too wide' ? 'not enough data' : 'detected',
    sentence,
    value: c.median,
    interval,
    evidence,
  };
}
