/**
 * Bounds on time grids. Diagnostics that bin by time allocate per bucket (sums × dimensions,
 * counts, n-gram tables) and the similarity matrices allocate buckets²; a grid spanning decades
 * (one post dated 1970, another 9999) is millions of buckets and kills the tab. Loading sets such
 * items aside (snapshot/time-window.ts); these bounds make any grid still too wide fail with a
 * message instead of allocating, so a future bug cannot crash the tab either.
 */

/** Widest span, in days, of any time grid: two years (a leap day included). */
export const MAX_GRID_DAYS = 731;

/**
 * Most buckets on a side of a bucket × bucket matrix: 60 days of hours (2M cells). Wider matrices
 * are not computed; their curves still are (the heatmap says why it shows none).
 */
export const MAX_MATRIX_BUCKETS = 60 * 24;

const DAY_MS = 86_400_000;

/** A grid wider than MAX_GRID_DAYS; the message names the span and what to do. */
export class GridTooWideError extends Error {
  constructor(
    readonly days: number,
    what: string,
  ) {
    const n = Number.isFinite(days) ? Math.round(days).toLocaleString('en-US') : 'unboundedly many';
    super(
      `${what} would span ${n} days; Moltscope bins at most ${MAX_GRID_DAYS} days (two years), so it was not built. ` +
        'Items dated far outside the platform window are set aside at load (see the load notices); ' +
        'a wider time window in the manifest cannot be binned.',
    );
    this.name = 'GridTooWideError';
  }
}

/** Throws GridTooWideError when a grid of `days` days is wider than the bound; returns `days`. */
export function boundSpan(days: number, what: string): number {
  // `!(a <= b)` also refuses NaN, which a corrupt timestamp can produce.
  if (!(days <= MAX_GRID_DAYS)) throw new GridTooWideError(days, what);
  return days;
}

/** boundSpan for a grid from startMs to endMs (epoch ms, end inclusive). */
export function boundSpanMs(startMs: number, endMs: number, what: string): number {
  return boundSpan(Math.floor(endMs / DAY_MS) - Math.floor(startMs / DAY_MS) + 1, what);
}
