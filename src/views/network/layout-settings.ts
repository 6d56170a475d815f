/**
 * Fixed layout settings: a link must reopen the same picture, so the seed and iteration counts are
 * constants of the code, not of the run.
 */
export const LAYOUT_SEED = 1;
/** ForceAtlas2 iterations for the whole-range (anchor) layout. */
export const ANCHOR_ITERATIONS = 200;
/** Iterations for one day, started from the anchor positions (keeps days comparable). */
export const DAY_ITERATIONS = 60;
/** Edges kept per kept node at most (heaviest first): bounds drawing cost. */
export const EDGES_PER_NODE = 6;
