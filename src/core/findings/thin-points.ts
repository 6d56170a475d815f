/**
 * Which points of a per-bucket curve rest on too few items (#18 item 6): a chart draws them hollow
 * and its CSV marks them, with the minimum from min-evidence.ts, so a 3-post day is never read like
 * a 1,000-post one.
 */

/** A value of one bucket (within-bucket similarity, kNN density): thin when its bucket is. */
export function thinBuckets(counts: readonly number[], min: number): boolean[] {
  return counts.map((n) => n < min);
}

/**
 * A value comparing each bucket with the one before (consecutive centroid similarity): thin when
 * either bucket is. The first bucket has no value to flag.
 */
export function thinPairs(counts: readonly number[], min: number): boolean[] {
  return counts.map((n, i) => i > 0 && (n < min || counts[i - 1] < min));
}
