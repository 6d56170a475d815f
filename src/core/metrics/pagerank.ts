/**
 * Weighted PageRank by power iteration over CSR arrays.
 *
 * PR(v) = (1−d)/N + d·( Σ_{u→v} PR(u)·w(u,v)/W(u) + D/N ), where W(u) is u's total out-weight and
 * D the PageRank held by dangling nodes (W = 0), spread uniformly. Iterates until the L1 change is
 * below `tol` (default 1e-10) or `maxIter` (default 200) rounds; the scores sum to 1.
 */
export interface WeightedGraph {
  nodes: number;
  /** Incoming edges of v: src[inStart[v] .. inStart[v+1]) with weights w. */
  inStart: Int32Array;
  src: Int32Array;
  w: Float64Array;
  /** Total out-weight per node. */
  outWeight: Float64Array;
}

export interface PageRankOptions {
  damping?: number;
  tol?: number;
  maxIter?: number;
}

/** Builds the incoming-edge CSR from parallel edge arrays (duplicates are summed by the caller). */
export function csrFromEdges(
  nodes: number,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  weight: ArrayLike<number>,
): WeightedGraph {
  const m = from.length;
  const inStart = new Int32Array(nodes + 1);
  const outWeight = new Float64Array(nodes);
  for (let e = 0; e < m; e++) {
    inStart[to[e] + 1]++;
    outWeight[from[e]] += weight[e];
  }
  for (let v = 0; v < nodes; v++) inStart[v + 1] += inStart[v];
  const fill = inStart.slice(0, nodes);
  const src = new Int32Array(m);
  const w = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const at = fill[to[e]]++;
    src[at] = from[e];
    w[at] = weight[e];
  }
  return { nodes, inStart, src, w, outWeight };
}

/** PageRank scores plus the number of rounds run. */
export function pagerank(
  g: WeightedGraph,
  opts: PageRankOptions = {},
): { scores: Float64Array; iterations: number } {
  const d = opts.damping ?? 0.85;
  const tol = opts.tol ?? 1e-10;
  const maxIter = opts.maxIter ?? 200;
  const n = g.nodes;
  let pr = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  // Per-edge share w/W(u) is fixed, so it is folded into a coefficient once.
  const coef = new Float64Array(g.w.length);
  for (let e = 0; e < coef.length; e++) coef[e] = g.w[e] / g.outWeight[g.src[e]];
  let it = 0;
  while (it < maxIter && n > 0) {
    it++;
    let dangling = 0;
    for (let u = 0; u < n; u++) if (g.outWeight[u] === 0) dangling += pr[u];
    const base = (1 - d) / n + (d * dangling) / n;
    let diff = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let e = g.inStart[v]; e < g.inStart[v + 1]; e++) s += pr[g.src[e]] * coef[e];
      next[v] = base + d * s;
      diff += Math.abs(next[v] - pr[v]);
    }
    [pr, next] = [next, pr];
    if (diff < tol) break;
  }
  return { scores: pr, iterations: it };
}
