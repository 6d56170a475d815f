/**
 * The published value beside each finding, as the sources report it
 * (collected in the project's reference notes, shared/reference/published-numbers.md).
 */
import type { FindingId } from './verdict.ts';

export interface Published {
  /** The published figure as a number in the finding's units, when it is one number. */
  value: number | null;
  /** The published figure in words, as the source states it. */
  text: string;
  /** Source paper(s). */
  source: string;
}

const LI = 'Li, Li & Zhou, arXiv 2602.14299';

export const PUBLISHED: Record<FindingId, Published> = {
  convergence: {
    value: null,
    text: 'Daily centroid similarity near 1 after the first days; mean pairwise similarity low and flat.',
    source: LI,
  },
  drift: {
    value: null,
    text: 'Agent drift modest; societal pull centred at 0.',
    source: LI,
  },
  feedback: { value: 0, text: 'Net progress centred at 0.', source: LI },
  influence: {
    value: 0,
    text: 'Interaction influence centred at 0, indistinguishable from the null.',
    source: LI,
  },
  persistence: {
    value: null,
    text: 'Top-5 PageRank share high on the first days, then drops sharply; top sets turn over daily.',
    source: LI,
  },
  reciprocity: {
    value: 0.01,
    text: '≈ 1% of commenter → author pairs.',
    source: 'Price et al., arXiv 2602.20044; Eziz, arXiv 2602.07667',
  },
  inequality: {
    value: 0.992,
    text: 'Gini of upvotes per agent 0.992 vs Gini of posts per agent 0.601.',
    source: 'Price et al., arXiv 2602.20044',
  },
  threadDepth: {
    value: 1.38,
    text: 'Mean of per-thread maximum depth 1.38 (median 1); depth ≥ 5 in 0.006% of threads.',
    source: 'Eziz, arXiv 2602.07667',
  },
  replyIncidence: {
    value: 0.09,
    text: '9.0% of comments receive a direct reply (Reddit: 36.2%).',
    source: 'Eziz, arXiv 2602.07667',
  },
};
