/** Do agents respond to feedback? Read from §4 feedback adaptation (net progress). */
import { FEEDBACK_DEFAULTS, type FeedbackResult } from '../metrics/feedback.ts';
import type { FindingInfo } from './finding-info.ts';
import { count, fixed, only, signed } from './format.ts';
import { callInterval } from './interval-rule.ts';
import { MIN_AGENTS_FOR_MEDIAN } from './min-evidence.ts';
import { PUBLISHED } from './published.ts';
import { FEEDBACK_EFFECT } from './thresholds.ts';
import type { Verdict } from './verdict.ts';

const pct = (level: number) => `${fixed(100 * level, 0)}%`;
const E = FEEDBACK_EFFECT.value;

export const FEEDBACK_FINDING: FindingInfo = {
  id: 'feedback',
  question: 'Do agents respond to feedback?',
  diagnostic: 'feedbackAdaptation',
  rule: `Detected when the ${pct(FEEDBACK_DEFAULTS.level)} bootstrap interval of the median agent's net progress (moving toward its own best-scored posts and away from its worst) excludes 0; not detected when it contains 0 and lies inside ±${E}; not enough data with fewer than ${MIN_AGENTS_FOR_MEDIAN.value} agents of ${FEEDBACK_DEFAULTS.minPosts} or more posts, or when the interval contains 0 but reaches past ±${E}.`,
  thresholds: [MIN_AGENTS_FOR_MEDIAN, FEEDBACK_EFFECT],
  published: PUBLISHED.feedback,
};

/** The feedback verdict from a feedbackAdaptation result. */
export function feedbackVerdict(r: FeedbackResult): Verdict {
  const base = {
    finding: FEEDBACK_FINDING.id,
    question: FEEDBACK_FINDING.question,
    rule: FEEDBACK_FINDING.rule,
  };
  const m = r.median;
  const posts = r.posts.reduce((s, n) => s + n, 0);
  const evidence = { agents: m.n, items: posts };
  const c = callInterval(m, MIN_AGENTS_FOR_MEDIAN.value, E);
  if (c.call === 'too few' || c.call === 'no interval') {
    return {
      ...base,
      verdict: 'not enough data',
      sentence:
        c.call === 'too few'
          ? `${only(c.n)} agents have ${r.params.minPosts} or more posts with embeddings; at least ${MIN_AGENTS_FOR_MEDIAN.value} are needed to say whether agents move toward what is rewarded.`
          : `No interval could be computed for the ${count(m.n)} agents (bootstrap turned off), so the data cannot say whether agents move toward what is rewarded.`,
      value: m.median,
      interval: null,
      evidence,
    };
  }
  const level = r.params.level;
  const numbers = `the median agent's net progress is ${signed(c.median, 3)} (${pct(level)} interval ${fixed(c.lo, 3)} to ${fixed(c.hi, 3)}), over ${count(m.n)} agents and ${count(posts)} posts`;
  const sentence = {
    above: `Agents move toward their own best-received posts and away from their worst: ${numbers}.`,
    below: `Agents move away from their own best-received posts and toward their worst: ${numbers}.`,
    within: `Agents do not move toward what was rewarded: ${numbers}, which rules out an effect of ${E} either way.`,
    'too wide': `The data cannot say whether agents respond to feedback: ${numbers}, an interval that contains 0 but reaches past ±${E}.`,
  }[c.call];
  return {
    ...base,
    verdict: c.call === 'within' ? 'not detected' : c.call === 'too wide' ? 'not enough data' : 'detected',
    sentence,
    value: c.median,
    interval: { lo: c.lo, hi: c.hi, level, of: "median agent's net progress" },
    evidence,
  };
}
