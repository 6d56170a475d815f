/**
 * One layout job, run inside the layout worker: PageRank on the whole graph (metrics.md §6, damping
 * 0.85, the same function the persistence diagnostic uses), the size budget, starting positions,
 * then ForceAtlas2. Pure TypeScript: no DOM, so it can also be tested in Node.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { csrFromEdges, pagerank } from '../../src/core/metrics/pagerank';
import type { LayoutRequest, LayoutResult } from '../../src/core/layout-protocol';
import { keptEdges, topNodes } from './top-nodes';
import { seededJitter, seededPosition } from './seeded-position';

/** Where each agent was last placed (full precision: the next step of a chain starts from it). */
export type Positions = Map<string, { x: number; y: number }>;

/** Starting positions: the given ones where known, else the centre of placed neighbours, else seeded. */
function startPositions(
  names: string[],
  src: Int32Array,
  dst: Int32Array,
  known: Positions | null,
  seed: number,
): { x: Float64Array; y: Float64Array } {
  const n = names.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const placed = new Uint8Array(n);
  const radius = 10 * Math.sqrt(Math.max(1, n));
  names.forEach((name, i) => {
    const a = known?.get(name);
    if (!a) return;
    x[i] = a.x;
    y[i] = a.y;
    placed[i] = 1;
  });
  if (known) {
    const sx = new Float64Array(n);
    const sy = new Float64Array(n);
    const k = new Float64Array(n);
    for (let e = 0; e < src.length; e++) {
      const [a, b] = [src[e], dst[e]];
      if (placed[a] && !placed[b]) {
        sx[b] += x[a];
        sy[b] += y[a];
        k[b]++;
      }
      if (placed[b] && !placed[a]) {
        sx[a] += x[b];
        sy[a] += y[b];
        k[a]++;
      }
    }
    for (let i = 0; i < n; i++) {
      if (placed[i] || !k[i]) continue;
      const j = seededJitter(names[i], seed, 2);
      x[i] = sx[i] / k[i] + j.x;
      y[i] = sy[i] / k[i] + j.y;
      placed[i] = 1;
    }
  }
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    const p = seededPosition(names[i], seed, radius);
    x[i] = p.x;
    y[i] = p.y;
  }
  return { x, y };
}

/** Lays out one graph from the given start positions; returns the result and where each node ended. */
export function runLayout(
  req: LayoutRequest,
  start: Positions | null,
): { result: LayoutResult; positions: Positions } {
  const started = performance.now();
  const total = req.names.length;
  const pr =
    total > 0
      ? pagerank(csrFromEdges(total, req.src, req.dst, req.weight), { damping: 0.85 })
      : { scores: new Float64Array(0), iterations: 0 };
  const kept = topNodes(req.names, pr.scores, req.nodeBudget);
  const edges = keptEdges(kept, total, req.src, req.dst, req.weight, req.edgeBudget);
  const names = Array.from(kept, (i) => req.names[i]);
  const first = startPositions(names, edges.src, edges.dst, start, req.seed);

  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  names.forEach((name, i) => g.addNode(name, { x: first.x[i], y: first.y[i] }));
  for (let e = 0; e < edges.src.length; e++) {
    const [a, b] = [names[edges.src[e]], names[edges.dst[e]]];
    g.updateEdge(a, b, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + edges.weight[e] }));
  }
  if (g.order > 1 && req.iterations > 0) {
    const settings = {
      ...forceAtlas2.inferSettings(g),
      barnesHutOptimize: g.order > 1000,
      // Nodes without edges would drift away forever without some pull to the centre.
      gravity: 1,
    };
    forceAtlas2.assign(g, { iterations: req.iterations, settings, getEdgeWeight: 'weight' });
  }
  const x = new Float32Array(names.length);
  const y = new Float32Array(names.length);
  const positions: Positions = new Map();
  names.forEach((name, i) => {
    const p = { x: g.getNodeAttribute(name, 'x') as number, y: g.getNodeAttribute(name, 'y') as number };
    positions.set(name, p);
    x[i] = p.x;
    y[i] = p.y;
  });
  const result: LayoutResult = {
    id: req.id,
    names,
    x,
    y,
    pagerank: Float32Array.from(kept, (i) => pr.scores[i]),
    src: edges.src,
    dst: edges.dst,
    weight: edges.weight,
    totalNodes: total,
    totalEdges: req.src.length,
    pagerankIterations: pr.iterations,
    iterations: g.order > 1 ? req.iterations : 0,
    millis: performance.now() - started,
  };
  return { result, positions };
}
