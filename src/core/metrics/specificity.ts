/**
 * §8 Comment specificity: Jaccard of a comment's content words with its own post minus the mean
 * Jaccard with `randomPosts` random posts of the filter. A comment has "no distinguishing
 * vocabulary" when it is no closer to its own post than to random ones (specificity ≤ 0).
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { gramSets, jaccardSorted } from './gram-sets.ts';
import { mulberry32, randInt, sampleIndices } from './rng.ts';
import { selectRows } from './select.ts';
import { STOPWORDS } from './stopwords.ts';
import { describe, type Distribution } from './stats.ts';

export interface SpecificityParams {
  randomPosts: number;
  /** Most comments scored; a seeded sample beyond that. */
  maxComments: number;
  seed: number;
}

export const SPECIFICITY_DEFAULTS: SpecificityParams = { randomPosts: 10, maxComments: 50_000, seed: 1 };

export interface SpecificityResult {
  params: SpecificityParams;
  comments: number;
  sampled: boolean;
  specificity: Distribution;
  /** Share with specificity ≤ 0: no vocabulary that ties the comment to its own post. */
  noDistinguishingShare: number | null;
  /** Share sharing no content word at all with the post. */
  zeroOverlapShare: number | null;
}

/** Per-comment specificity values for the chosen comments (exported for the reference test). */
export function specificityValues(
  frame: Frame,
  comments: ArrayLike<number>,
  randomPool: Int32Array,
  p: SpecificityParams,
) {
  const cs = gramSets(frame, frame.comments, 1, STOPWORDS);
  const ps = gramSets(frame, frame.posts, 1, STOPWORDS);
  const rng = mulberry32(p.seed + 1);
  const own = new Float64Array(comments.length);
  const spec = new Float64Array(comments.length);
  for (let k = 0; k < comments.length; k++) {
    const c = comments[k];
    const post = frame.comments.post[c];
    const j = (q: number) =>
      jaccardSorted(cs.ids, cs.start[c], cs.start[c + 1], ps.ids, ps.start[q], ps.start[q + 1]);
    own[k] = j(post);
    let sum = 0;
    let m = 0;
    for (let r = 0; r < p.randomPosts && randomPool.length > 1; r++) {
      let q: number;
      do q = randomPool[randInt(rng, randomPool.length)];
      while (q === post);
      sum += j(q);
      m++;
    }
    spec[k] = own[k] - (m ? sum / m : 0);
  }
  return { own, spec };
}

/** §8 comment specificity over the filter's comments that have a post and some text. */
export function commentSpecificity(
  frame: Frame,
  params: Partial<SpecificityParams> = {},
  filter: FrameFilter = {},
): SpecificityResult {
  const p = { ...SPECIFICITY_DEFAULTS, ...params };
  const eligible = selectRows(frame.comments, filter).filter((c) => frame.comments.post[c] >= 0);
  const pool = selectRows(frame.posts, filter);
  const picks = sampleIndices(eligible.length, p.maxComments, mulberry32(p.seed));
  const chosen = Int32Array.from(picks, (i) => eligible[i]);
  if (!frame.comments.texts || !frame.posts.texts || chosen.length === 0) {
    return {
      params: p,
      comments: 0,
      sampled: false,
      specificity: describe([]),
      noDistinguishingShare: null,
      zeroOverlapShare: null,
    };
  }
  const { own, spec } = specificityValues(frame, chosen, pool, p);
  return {
    params: p,
    comments: chosen.length,
    sampled: eligible.length > p.maxComments,
    specificity: describe(spec),
    noDistinguishingShare: spec.filter((s) => s <= 0).length / spec.length,
    zeroOverlapShare: own.filter((s) => s === 0).length / own.length,
  };
}
