/**
 * Minimum evidence per diagnostic: below these counts a point or a result rests on too few items to
 * be read, so a verdict says "not enough data" and a chart can draw the point hollow (#18 item 6).
 * One table for every diagnostic; the finding rules read their minimums from here.
 */
import type { DiagnosticId } from '../diagnostics.ts';
import { POWER_LAW_DEFAULTS } from '../metrics/power-law.ts';
import { threshold, type Threshold } from './threshold.ts';
import type { Evidence } from './verdict.ts';

export interface MinEvidence extends Threshold {
  /** What is counted, in the units of a verdict's evidence. */
  counts: keyof Evidence;
  /** 'point': each point of a curve (a day, a pair of days); 'result': the whole result. */
  scope: 'point' | 'result';
}

const min = (counts: keyof Evidence, scope: MinEvidence['scope'], t: Threshold): MinEvidence => ({
  ...t,
  counts,
  scope,
});

export const MIN_ITEMS_PER_DAY = min(
  'items',
  'point',
  threshold(
    'items per day',
    100,
    'items per day',
    'A day centroid of few items is mostly sampling noise: for items whose mean pairwise similarity is ρ ≈ 0.1, two samples of n items from one distribution have expected centroid similarity ≈ ρn / (ρn + 1 − ρ), 0.92 at n = 100 but 0.53 at n = 10, so a low value on a small day says nothing about the content.',
  ),
);

export const MIN_CONVERGENCE_POINTS = min(
  'days',
  'result',
  threshold(
    'consecutive-day points',
    3,
    'pairs of consecutive days, both at the items-per-day minimum',
    'Whether the curve has settled is read on its later half; with fewer than 3 points that half is one point, a single noisy comparison.',
  ),
);

export const MIN_AGENTS_FOR_MEDIAN = min(
  'agents',
  'result',
  threshold(
    'agents',
    50,
    'eligible agents',
    'The verdict reads the median over agents against a bootstrap interval or a shuffled null; below about 50 values a resampled median takes only a few distinct values, so a 99% interval (its 0.5% and 99.5% ends) or a 5–95% band is coarse and its coverage unreliable.',
  ),
);

export const MIN_INFLUENCE_EVENTS = min(
  'events',
  'result',
  threshold(
    'comment events',
    100,
    'comments with enough posts before and after',
    'Events are not independent (one agent contributes many), so more are needed than agents for the same precision; 100 is twice the per-agent minimum.',
  ),
);

export const MIN_GRAPH_NODES_PER_DAY = min(
  'nodes',
  'point',
  threshold(
    'agents in a day graph',
    100,
    'agents',
    'A top-10 set is only a selection when the graph is much larger than 10: at 100 agents chance alone puts at most k²/N = 1 agent in two days’ top 10s, and below 10 agents the top 10 is everyone.',
  ),
);

export const MIN_PERSISTENCE_DAY_PAIRS = min(
  'dayPairs',
  'result',
  threshold(
    'pairs of consecutive days',
    5,
    'pairs of consecutive days, both at the graph minimum',
    'The verdict reads the median over day pairs; with fewer than 5 the median is one or two days, which a single busy day can decide.',
  ),
);

export const MIN_RECIPROCITY_PAIRS = min(
  'pairs',
  'result',
  threshold(
    'commenter → author pairs',
    500,
    'distinct directed pairs',
    'At the published ≈ 1%, 500 pairs hold about 5 reciprocated pairs; with fewer, 1% cannot be told from 0% or 3%.',
  ),
);

export const MIN_INEQUALITY_AGENTS = min(
  'agents',
  'result',
  threshold(
    'posting agents',
    100,
    'agents',
    'A Gini coefficient of a few dozen agents moves by several hundredths when one agent is added or removed; from about 100 agents its sampling error falls below the 0.1 gap the rule reads.',
  ),
);

export const MIN_THREADS = min(
  'threads',
  'result',
  threshold(
    'threads',
    100,
    'posts with at least one comment',
    'The published deep-thread share is 0.006%; a mean of per-thread maxima over fewer than 100 threads moves by a tenth of a level with each deep thread.',
  ),
);

export const MIN_REPLY_COMMENTS = min(
  'comments',
  'result',
  threshold(
    'comments',
    500,
    'comments',
    'At the published 9% reply incidence, 500 comments give a 95% margin of about ±2.5 points, enough to tell 9% from Reddit’s 36%.',
  ),
);

/**
 * Minimum evidence for every diagnostic. Entries not used by a finding rule are for the views, to
 * flag small-sample points and results.
 */
export const MIN_EVIDENCE: Record<DiagnosticId, MinEvidence[]> = {
  stabilization: [MIN_ITEMS_PER_DAY, MIN_CONVERGENCE_POINTS],
  knnDensity: [
    min(
      'items',
      'point',
      threshold(
        'items per day',
        100,
        'items per day',
        'With K = 10 neighbours, a day of fewer than 10·K items makes the neighbours a large share of the day, so the density measures the day’s size more than its tightness.',
      ),
    ),
  ],
  lexicalTurnover: [
    min(
      'items',
      'point',
      threshold(
        'items per day',
        100,
        'items per day',
        'Birth and death rates depend on how many texts a day holds: a day of a few posts has few n-grams, most of them absent the next day, so below 100 items the rates mostly measure the day’s size.',
      ),
    ),
  ],
  agentDrift: [MIN_AGENTS_FOR_MEDIAN],
  agentTrajectories: [
    min(
      'items',
      'point',
      threshold(
        'posts per point',
        3,
        'posts of the agent in the bucket',
        'A centroid of one or two posts is those posts themselves: the path then shows single texts, not where the agent’s writing stands.',
      ),
    ),
  ],
  feedbackAdaptation: [MIN_AGENTS_FOR_MEDIAN],
  interactionInfluence: [MIN_INFLUENCE_EVENTS],
  influencePersistence: [MIN_GRAPH_NODES_PER_DAY, MIN_PERSISTENCE_DAY_PAIRS],
  consensus: [
    min(
      'mentions',
      'result',
      threshold(
        'mentions',
        20,
        'agent names or post links in the probe thread',
        'Entropy and top-1 share of a handful of mentions say more about the handful than about the community; 20 mentions allow a top-1 share of 5%.',
      ),
    ),
  ],
  reciprocity: [MIN_RECIPROCITY_PAIRS],
  inequality: [MIN_INEQUALITY_AGENTS],
  hits: [
    min(
      'nodes',
      'result',
      threshold(
        'agents in the graph',
        100,
        'agents',
        'Top hub and authority lists of 10 compared on fewer than 100 agents overlap by chance.',
      ),
    ),
  ],
  communities: [
    min(
      'nodes',
      'result',
      threshold(
        'agents in the graph',
        100,
        'agents',
        'Modularity of a small graph is high by chance (a few disconnected pairs already give a modularity near 1).',
      ),
    ),
  ],
  threadStats: [MIN_THREADS, MIN_REPLY_COMMENTS],
  activityTail: [
    min(
      'agents',
      'result',
      threshold(
        'agents in the tail',
        POWER_LAW_DEFAULTS.minTail,
        'agents at or above the fitted minimum',
        'The diagnostic’s own minimum tail size (minTail): a power-law exponent fitted on fewer agents is not distinguishable from other heavy tails.',
      ),
    ),
  ],
  commentSpecificity: [
    min(
      'comments',
      'result',
      threshold(
        'comments',
        100,
        'comments on posts with text',
        'The share of comments with no distinguishing vocabulary is a proportion; from 100 comments its 95% margin is under ±10 points.',
      ),
    ),
  ],
  datasetSummary: [],
};

/** Whether a count is below a minimum (the point or result should be flagged as a small sample). */
export function belowMinimum(m: MinEvidence, n: number): boolean {
  return !(n >= m.value);
}
