/** Messages between the page and the layout worker (typed arrays travel as transferables). */

export type LayoutStep = 'anchor' | number;

export interface LayoutRequest {
  id: number;
  /**
   * Identifies a chain of layouts (dataset, filter, edge mode, budget, days): positions carry over
   * only between steps of the same chain.
   */
  chainKey: string;
  /** 'anchor' = the whole range; a number = one day (epoch ms) of the chain. */
  step: LayoutStep;
  /** The step whose positions this one starts from (null: the anchor, which starts from seeds). */
  from: LayoutStep | null;
  names: string[];
  src: Int32Array;
  dst: Int32Array;
  weight: Float64Array;
  /** Largest number of nodes kept (the top ones by PageRank). */
  nodeBudget: number;
  /** Largest number of edges kept (the heaviest among kept nodes). */
  edgeBudget: number;
  seed: number;
  iterations: number;
}

export interface LayoutResult {
  id: number;
  /** Kept nodes, in descending PageRank order. */
  names: string[];
  x: Float32Array;
  y: Float32Array;
  /** PageRank of each kept node, computed on the whole (unfiltered) graph. */
  pagerank: Float32Array;
  /** Kept edges as positions into names. */
  src: Int32Array;
  dst: Int32Array;
  weight: Float32Array;
  totalNodes: number;
  totalEdges: number;
  /** PageRank iterations until convergence, and the layout's FA2 iterations. */
  pagerankIterations: number;
  iterations: number;
  /** Worker time for PageRank, filtering and layout. */
  millis: number;
}

export type LayoutReply = { ok: true; result: LayoutResult } | { ok: false; id: number; message: string };
