/**
 * What the app's "Method" panels show for each diagnostic: definition, parameters with defaults
 * and ranges, the source paper and section, and the published value.
 */
import { KNN_DEFAULTS } from './knn-density.ts';

export interface ParamSpec {
  name: string;
  label: string;
  default: number | string | boolean | number[] | string[];
  /** Numeric range or allowed values. */
  min?: number;
  max?: number;
  options?: string[];
  /** Marked [choice] in metrics.md: not pinned down by the paper. */
  choice: boolean;
}

export interface DiagnosticInfo {
  id: string;
  title: string;
  section: string;
  definition: string;
  params: ParamSpec[];
  source: string;
  published: string;
}

const P = (
  name: string,
  label: string,
  def: ParamSpec['default'],
  extra: Partial<ParamSpec> = {},
): ParamSpec => ({
  name,
  label,
  default: def,
  choice: true,
  ...extra,
});
const PAPER = 'Li, Li & Zhou, "Does Socialization Emerge in AI Agent Society?", arXiv 2602.14299';
const unit = P('unit', 'Unit of time', 'day', { options: ['hour', 'day', 'week'] });
const kind = P('kind', 'Items', 'posts', { options: ['posts', 'comments'] });
const mode = P('mode', 'Edge', 'post', { options: ['post', 'reply'] });
const seed = P('seed', 'Random seed', 1, { min: 0 });

export const DIAGNOSTICS: DiagnosticInfo[] = [
  {
    id: 'stabilization',
    title: 'Semantic stabilization',
    section: '§1',
    source: `${PAPER}, §4`,
    published: 'Centroid similarity near 1 within a few days; mean pairwise similarity low and flat.',
    definition:
      'Per day t, c(P_t) is the normalised mean of the unit embeddings of its items. Centroid similarity S(ti,tj) = cos(c(P_ti), c(P_tj)); pairwise similarity is the mean cosine over all cross pairs (within a day excluding self pairs), computed exactly from mean vectors. Null band: 5–95% of the curves after permuting day labels.',
    params: [kind, unit, P('permutations', 'Null permutations B', 20, { min: 0, max: 200 }), seed],
  },
  {
    id: 'knn-density',
    title: 'Local density (kNN)',
    section: '§1',
    source: `${PAPER}, §4`,
    published: 'Stops tightening after about three days.',
    definition:
      'S_K(p) = mean cosine of item p to its K nearest items of the same day (exact search); daily mean. Days above the sample cap use a seeded random sample of that size (the same for every day, so days are comparable), flagged on the chart.',
    params: [
      kind,
      unit,
      P('k', 'K neighbours', 10, { min: 1, max: 100 }),
      P('sampleMax', 'Sample cap per day', KNN_DEFAULTS.sampleMax, { min: 100 }),
      P('permutations', 'Null permutations B', KNN_DEFAULTS.permutations, { min: 0 }),
      seed,
    ],
  },
  {
    id: 'lexical-turnover',
    title: 'Lexical turnover',
    section: '§2',
    source: `${PAPER}, §4`,
    published: 'Birth and death rates settle at non-zero baselines.',
    definition:
      'A_t = distinct n-grams of day t (lower-cased Unicode words, CJK characters alone; global frequency ≥ 2). Birth = |A_t \\ ∪_{s<t} A_s| / |A_t|; death = |A_{t−1} \\ A_t| / |A_{t−1}|; variant: never seen again after t−1.',
    params: [
      unit,
      P('maxN', 'Largest n', 3, { min: 1, max: 5 }),
      P('minFreq', 'Minimum global frequency', 2, { min: 1 }),
    ],
  },
  {
    id: 'drift',
    title: 'Agent drift and inertia',
    section: '§3',
    source: `${PAPER}, §5`,
    published:
      'Drift modest and smaller for active agents; direction consistency near 0; societal pull centred at 0.',
    definition:
      "Agents with ≥ minPosts posts; early half = first ⌊n/2⌋ posts, late half = the rest. D_a = 1 − cos(c_early, c_late); S_a = cos(d_a, mean d) with d_a = c_late − c_early; ΔS_a = cos(c_late, c_global) − cos(c_early, c_global). Null: each agent's post order shuffled B times.",
    params: [
      P('minPosts', 'Minimum posts', 10, { min: 2 }),
      P('permutations', 'Shuffles B', 20, { min: 0 }),
      seed,
    ],
  },
  {
    id: 'trajectories',
    title: 'Agent trajectories',
    section: '§3',
    source: `${PAPER}, §5`,
    published: '—',
    definition:
      "An agent's per-day post centroid directions projected on the first two principal axes of all post embeddings (PCA computed once per snapshot on a deterministic stride sample of ≤ 50,000 posts).",
    params: [unit, P('cloudMax', 'Cloud points', 5000, { min: 0 }), seed],
  },
  {
    id: 'feedback',
    title: 'Feedback adaptation',
    section: '§4',
    source: `${PAPER}, §5`,
    published: 'Net progress centred near zero, indistinguishable from noise.',
    definition:
      'Score = upvotes − downvotes. Per agent, H and L are the centroids of its top and bottom 30% posts by score. Over consecutive windows of w posts, Δ_H = dist(next, H) − dist(prev, H), Δ_L likewise (dist = 1 − cos); NP = Δ_L − Δ_H, averaged per agent; median over agents with a bootstrap interval.',
    params: [
      P('share', 'Top/bottom share', 0.3, { min: 0.05, max: 0.5 }),
      P('w', 'Window w', 10, { min: 2, choice: false }),
      P('stride', 'Window step', 10, { min: 1 }),
      P('minPosts', 'Minimum posts', 20, { min: 4 }),
      seed,
    ],
  },
  {
    id: 'influence',
    title: 'Interaction influence',
    section: '§5',
    source: `${PAPER}, §5`,
    published: 'Centred at zero, indistinguishable from the null.',
    definition:
      "For each comment by a on post p (a ≠ author of p): I = cos(after, e(p)) − cos(before, e(p)), before/after = centroids of a's last/next w posts around the comment (at least minWindow each). Lexical: n-gram Jaccard instead of cosine. Null: p replaced by a random post of p's day. 99% bootstrap intervals of the medians and of the paired difference.",
    params: [
      P('w', 'Window w', 10, { min: 1 }),
      P('minWindow', 'Minimum window', 3, { min: 1 }),
      P('ngram', 'n-grams up to', 1, { min: 1, max: 3 }),
      P('bootstrap', 'Bootstrap resamples', 1000, { min: 100 }),
      P('level', 'Interval level', 0.99, { min: 0.5, max: 0.999 }),
      seed,
    ],
  },
  {
    id: 'persistence',
    title: 'Influence persistence',
    section: '§6',
    source: `${PAPER}, §6`,
    published: 'Top-5 PageRank share high on the first days, then drops sharply; top sets turn over daily.',
    definition:
      "Daily graph commenter → post author (or parent-comment author), weight = comments, self-loops dropped. Weighted PageRank (damping 0.85, dangling mass spread uniformly, L1 tolerance 1e-10). Top-5 share; Jaccard of top-k sets on consecutive days; share of the first day's top-k still in the top-k.",
    params: [
      unit,
      mode,
      P('damping', 'Damping', 0.85, { min: 0.5, max: 0.99 }),
      P('ks', 'Top-k sizes', [10, 50]),
    ],
  },
  {
    id: 'consensus',
    title: 'Consensus probing',
    section: '§7',
    source: `${PAPER}, §6`,
    published: 'Fragmented, often hallucinated answers.',
    definition:
      "In a probe thread's comments: agents named (@name, u/name, bare known names) and posts linked (/post/<id>); Shannon entropy and top-1 share of mentions; share of explicitly named agents absent from the snapshot.",
    params: [
      P('postId', 'Probe post id', ''),
      P('matchBareNames', 'Match bare names', true),
      P('minBareLength', 'Shortest bare name', 4, { min: 2 }),
    ],
  },
  {
    id: 'reciprocity',
    title: 'Reciprocity',
    section: '§8',
    source: 'Price et al. arXiv 2602.20044; Eziz arXiv 2602.07667; Holtz arXiv 2602.10131; arXiv 2604.13052',
    published: '≈1% (12 days); 0.998% (first week); 0.197 (first 3.5 days); 3.3% (40 days)',
    definition: 'Share of distinct directed agent pairs (commenter → author) whose reverse pair also occurs.',
    params: [mode],
  },
  {
    id: 'inequality',
    title: 'Attention vs production inequality',
    section: '§8',
    source: 'Price et al. arXiv 2602.20044',
    published: 'Gini 0.992 (upvotes) vs 0.601 (posts)',
    definition:
      'Gini of upvotes received per agent (posts and comments) vs Gini of posts per agent, over agents with at least one post.',
    params: [
      P('population', 'Agents', 'posters', { options: ['posters', 'active'] }),
      P('upvotesFrom', 'Upvotes on', 'posts+comments', { options: ['posts', 'posts+comments'] }),
    ],
  },
  {
    id: 'hits',
    title: 'Hubs and authorities',
    section: '§8',
    source: 'Price et al. arXiv 2602.20044',
    published: 'Roles separate cleanly',
    definition:
      'HITS on the weighted commenter → author graph (sum-normalised, L1 tolerance 1e-10); overlap of top hubs and authorities and the correlation of their scores.',
    params: [mode],
  },
  {
    id: 'communities',
    title: 'Communities',
    section: '§8',
    source: 'Price et al. arXiv 2602.20044',
    published: '—',
    definition:
      'Louvain (seeded) on the undirected weighted interaction graph; modularity and the share of edges between communities.',
    params: [mode, P('resolution', 'Resolution', 1, { min: 0.1, max: 5 }), seed],
  },
  {
    id: 'threads',
    title: 'Thread depth and replies',
    section: '§8',
    source: 'Eziz arXiv 2602.07667; Holtz arXiv 2602.10131',
    published:
      'Mean max depth 1.38, depth ≥ 5 in 0.006% of threads; 9.0% of comments replied (Reddit 36.2%); median first-reply delay 4.6 s',
    definition:
      'Depth of a comment with top level = 1 (paper) or 0 (API); mean over threads (posts with comments) of the maximum depth; share of threads with depth ≥ 5; share of comments with a direct reply; median delay to the first direct reply.',
    params: [P('deepAt', 'Deep thread depth', 5, { min: 2 })],
  },
  {
    id: 'activity-tail',
    title: 'Activity tail exponent',
    section: '§8',
    source: 'Holtz arXiv 2602.10131; arXiv 2602.09270',
    published: 'α ≈ 1.70; 1.68–2.00',
    definition:
      'Discrete power-law fit of items per agent (Clauset, Shalizi & Newman 2009): exact MLE of α for each x_min, x_min chosen by the smallest KS distance.',
    params: [kind, P('minTail', 'Minimum tail size', 50, { min: 10 })],
  },
  {
    id: 'specificity',
    title: 'Comment specificity',
    section: '§8',
    source: 'arXiv 2602.20059',
    published: '65% of comments share no distinguishing vocabulary with their post',
    definition:
      'Jaccard of a comment\'s content words (stopwords removed) with its post minus the mean Jaccard with 10 random posts; "no distinguishing vocabulary" = specificity ≤ 0.',
    params: [
      P('randomPosts', 'Random posts', 10, { min: 1 }),
      P('maxComments', 'Comment sample cap', 50000, { min: 100 }),
      seed,
    ],
  },
];
