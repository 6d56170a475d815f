import { KNN_DEFAULTS } from '../../core/metrics/knn-density';
import { dayParam, enumParam, intParam, textParam } from '../../state/url-codec';
import { registerParams } from '../../state/param-registry';

/** Catalogue ids are folder names in public/data/index.json (the same rule as the core `ds`). */
const CATALOGUE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Permalink parameters of the convergence view (owned by this view; prefix cv_). */
export interface ConvergenceParams {
  /** Items measured: posts (the paper's main analysis) or comments. */
  cv_kind: 'posts' | 'comments';
  /** Time bucket of every curve and of the heatmap. */
  cv_unit: 'day' | 'hour' | 'week';
  /** Day-label permutations B for the null bands (0 = no band). */
  cv_b: number;
  /**
   * Day-label permutations for the kNN null band. Separate from cv_b because each one costs a full
   * kNN search (about 20× the curve itself at B = 20).
   */
  cv_kb: number;
  /** Neighbours K of the local density S_K. */
  cv_k: number;
  /** Items per bucket searched exactly by kNN; larger buckets are sampled. */
  cv_sample: number;
  /** Largest n-gram length of lexical turnover. */
  cv_n: number;
  /** Bucket opened in the reader (start of the bucket, UTC day for day/week units). */
  cv_day: number | null;
  /** Hour within cv_day when the unit is hour (-1 = the whole day). */
  cv_hour: number;
  /** Post opened in the reader. */
  cv_post: string;
  /** Bundled snapshot (catalogue id) drawn beside the loaded one in compare mode; '' = off. */
  cv_compare: string;
}

export const CONVERGENCE_PARAMS = registerParams<ConvergenceParams>('the convergence view', {
  cv_kind: enumParam(['posts', 'comments'] as const, 'posts'),
  cv_unit: enumParam(['day', 'hour', 'week'] as const, 'day'),
  cv_b: intParam(0, 200, 20),
  cv_kb: intParam(0, 200, KNN_DEFAULTS.permutations),
  cv_k: intParam(1, 50, 10),
  cv_sample: intParam(100, 20_000, KNN_DEFAULTS.sampleMax),
  cv_n: intParam(1, 3, 3),
  cv_day: dayParam(),
  cv_hour: intParam(-1, 23, -1),
  cv_post: textParam(200),
  cv_compare: { ...textParam(64), parse: (raw) => (CATALOGUE_ID.test(raw) ? raw : undefined) },
});

// Tells the state layer's AppParams about this view's fields without it importing this file.
declare module '../../state/permalink' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds fields by merging
  interface AppParams extends ConvergenceParams {}
}
