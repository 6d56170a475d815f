/**
 * The shape of an answer to one of the study's questions. A verdict is chosen by a stated rule from
 * a diagnostic's result and its sentence is built from that result's numbers, so the same rule on
 * another dataset gives another sentence; nothing here is written for a particular dataset.
 */

/**
 * The closed set of answers. "detected"/"not detected" for effects tested against a null;
 * "converges"/"does not converge" for the convergence question, where "detected" reads wrongly;
 * "measured" for the network facts, which describe the data rather than test a hypothesis.
 */
export type VerdictKind =
  'detected' | 'not detected' | 'converges' | 'does not converge' | 'measured' | 'not enough data';

export const VERDICT_KINDS: readonly VerdictKind[] = [
  'detected',
  'not detected',
  'converges',
  'does not converge',
  'measured',
  'not enough data',
];

export type FindingId =
  | 'convergence'
  | 'drift'
  | 'feedback'
  | 'influence'
  | 'persistence'
  | 'reciprocity'
  | 'inequality'
  | 'threadDepth'
  | 'replyIncidence';

/** What an answer rests on, in the units the diagnostic counts (only those that apply). */
export interface Evidence {
  items?: number;
  days?: number;
  dayPairs?: number;
  agents?: number;
  events?: number;
  pairs?: number;
  threads?: number;
  comments?: number;
  /** Agents in an interaction graph (one day's, or the whole filter's). */
  nodes?: number;
  mentions?: number;
}

export interface VerdictInterval {
  lo: number;
  hi: number;
  /** Confidence level (0.99) or, for a null band, the band's coverage (0.9 for 5–95%). */
  level: number;
  /** What the interval is of, in plain words. */
  of: string;
}

export interface Verdict {
  finding: FindingId;
  question: string;
  verdict: VerdictKind;
  /** One plain sentence, built from the numbers by the rule. */
  sentence: string;
  /** The headline number, or null when there is none. */
  value: number | null;
  interval: VerdictInterval | null;
  evidence: Evidence;
  /** The rule that chose the verdict, in one sentence (the same text the Methods page shows). */
  rule: string;
}
