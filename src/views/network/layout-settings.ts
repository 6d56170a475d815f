/**
 * Fixed layout settings: a link must reopen the same picture, so the seed and iteration counts are
 * constants of the code, not of the run.
 */
export const LAYOUT_SEED = 1;
/** ForceAtlas2 iterations for the whole-range (anchor) layout. */
export const ANCHOR_ITERATIONS = 200;
/** Iterations for one day, started from the day before (the first day from the anchor). */
export const DAY_ITERATIONS = 60;
/** Edges kept per kept node at most (heaviest first): bounds drawing cost. */
export const EDGES_PER_NODE = 6;
/**
 * Choices for the node budget. Beyond a few thousand nodes a force layout is a hairball anyway, and
 * drawing cost grows with the budget: the default keeps every step of drawing well under 200 ms.
 */
export const NODE_BUDGETS = [1000, 2000, 5000, 10000, 20000];
