/**
 * The effect sizes and cut-offs the finding rules read (the minimum-evidence counts are in
 * ./min-evidence.ts). Each carries its reason, shown on the Methods page beside the rule.
 */
import { threshold } from './threshold.ts';

/**
 * Smallest interaction influence worth reporting, in cosine similarity. An interval inside ±this
 * rules out an effect that size, so "not detected" is an answer rather than a lack of data.
 */
export const INFLUENCE_EFFECT = threshold(
  'smallest influence worth reporting',
  0.02,
  'cosine similarity',
  'About a sixth of the similarity of two random posts of the same day (0.12–0.15 with the built-in embedder): a commenter whose next posts moved less than that toward the post is not writing noticeably more like it. An interval of the difference from the null that lies inside ±0.02 rules out an effect this size in either direction.',
);

/** Smallest net progress toward rewarded posts worth reporting (same scale as influence). */
export const FEEDBACK_EFFECT = threshold(
  'smallest net progress worth reporting',
  0.02,
  'cosine distance per window step',
  'Net progress is a difference of cosine distances between consecutive 10-post windows, on the scale of the influence measure; the same 0.02 keeps the two answers comparable.',
);

/** Top-k size whose day-to-day overlap the persistence rule reads. */
export const PERSISTENCE_K = threshold(
  'top-k size',
  10,
  'agents',
  'The top 10 by PageRank: the smallest set the diagnostic computes by default, and the one a reader would call "the most influential agents".',
);

/**
 * Agents of one day's top 10 still in the next day's top 10, on the median day pair, at or above
 * which influence counts as lasting.
 */
export const PERSISTENT_KEPT = threshold(
  'agents kept in the top 10',
  2,
  'of 10, on the median pair of consecutive days',
  'On graphs of at least 100 agents (the evidence minimum) chance keeps at most k²/N = 1 agent of 10 in expectation; keeping 2 is at least twice chance, and at the typical day graph of thousands of agents over 20 times.',
);

/** Share of the later comparisons that may fall below the shuffled-days band for "converges". */
export const CONVERGED_SHARE = threshold(
  'later points inside the shuffled-days band',
  0.5,
  'share of the later half of points',
  'A point inside (or above) the 5–95% band of permuted day labels moves no more from the day before than if days were interchangeable; "converges" needs more than half of the later points there, so one noisy day cannot decide it either way.',
);

/** Gap between the upvote Gini and the posting Gini at which attention counts as more unequal. */
export const GINI_GAP = threshold(
  'gap between the two Gini coefficients',
  0.1,
  'Gini points',
  'Several times the sampling error of a Gini of 100 agents or more (a few hundredths); the published gap is 0.39 (0.992 vs 0.601).',
);
