/**
 * Do agents drift, and toward what? Read from §3 agent drift against its shuffled-order null: a
 * drift larger than reshuffling an agent's own posts gives is a change over time, not variety.
 */
import { DRIFT_DEFAULTS, type DriftResult, type NullSummary } from '../metrics/drift.ts';
import type { FindingInfo } from './finding-info.ts';
import { count, fixed, only, signed } from './format.ts';
import { MIN_AGENTS_FOR_MEDIAN } from './min-evidence.ts';
import { PUBLISHED } from './published.ts';
import type { Verdict } from './verdict.ts';

export const DRIFT_FINDING: FindingInfo = {
  id: 'drift',
  question: 'Do agents drift, and toward what?',
  diagnostic: 'agentDrift',
  rule: `Detected when the median drift between the early and late halves of agents' posts is above the 95% end of the medians obtained with each agent's post order shuffled (the diagnostic's 5–95% null band), not detected otherwise; the direction is toward (or away from) the society's average post when the median societal pull is above (below) its shuffled band; not enough data with fewer than ${MIN_AGENTS_FOR_MEDIAN.value} agents of ${DRIFT_DEFAULTS.minPosts} or more posts, or without the null.`,
  thresholds: [MIN_AGENTS_FOR_MEDIAN],
  published: PUBLISHED.drift,
};

type Complete = { observed: number; p05: number; p95: number };
const complete = (s: NullSummary): Complete | null =>
  s.observed === null || s.p05 === null || s.p95 === null
    ? null
    : { observed: s.observed, p05: s.p05, p95: s.p95 };
const band = (s: Complete) => `${fixed(s.p05, 3)} to ${fixed(s.p95, 3)}`;

function pullClause(p: Complete): string {
  const nums = `median societal pull ${signed(p.observed, 3)}, shuffled ${band(p)}`;
  if (p.observed > p.p95) return `they move toward the society's average post (${nums})`;
  if (p.observed < p.p05) return `they move away from the society's average post (${nums})`;
  return `they move neither toward nor away from the society's average post (${nums})`;
}

/** The drift verdict from an agentDrift result. */
export function driftVerdict(r: DriftResult): Verdict {
  const base = { finding: DRIFT_FINDING.id, question: DRIFT_FINDING.question, rule: DRIFT_FINDING.rule };
  const agents = r.agents.length;
  const evidence = { agents, items: r.posts.reduce((s, n) => s + n, 0) };
  const drift = r.null ? complete(r.null.drift) : null;
  const pull = r.null ? complete(r.null.pull) : null;
  if (agents < MIN_AGENTS_FOR_MEDIAN.value || !drift || !pull) {
    return {
      ...base,
      verdict: 'not enough data',
      sentence:
        agents < MIN_AGENTS_FOR_MEDIAN.value
          ? `${only(agents)} agents have ${r.params.minPosts} or more posts with embeddings; at least ${MIN_AGENTS_FOR_MEDIAN.value} are needed to say whether agents drift.`
          : `The shuffled-order null was not computed, so drift over ${count(agents)} agents cannot be told from the variety of their posts.`,
      value: r.medians.drift,
      interval: null,
      evidence,
    };
  }
  const detected = drift.observed > drift.p95;
  const numbers = `median drift ${fixed(drift.observed, 3)} against ${band(drift)} with shuffled order, over ${count(agents)} agents`;
  return {
    ...base,
    verdict: detected ? 'detected' : 'not detected',
    sentence: detected
      ? `Agents' writing changes over time more than reshuffling their own posts gives (${numbers}); ${pullClause(pull)}.`
      : `Agents' writing changes over time no more than reshuffling their own posts gives (${numbers}); ${pullClause(pull)}.`,
    value: drift.observed,
    interval: {
      lo: drift.p05,
      hi: drift.p95,
      level: 0.9,
      of: "median drift with each agent's post order shuffled",
    },
    evidence,
  };
}
