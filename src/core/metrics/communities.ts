/**
 * §8 Louvain communities of the interaction graph (made undirected: w(u,v) + w(v,u)), their
 * modularity and the share of edge weight running between communities. Seeded, so reruns agree.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Frame, FrameFilter } from '../frame.ts';
import { filterEdges, type EdgeMode } from './daily-graph.ts';
import { mulberry32 } from './rng.ts';

export interface CommunityParams {
  mode: EdgeMode;
  resolution: number;
  seed: number;
  listTop: number;
}

export const COMMUNITY_DEFAULTS: CommunityParams = { mode: 'post', resolution: 1, seed: 1, listTop: 10 };

export interface CommunityResult {
  params: CommunityParams;
  nodes: number;
  edges: number;
  count: number;
  modularity: number | null;
  /** Share of (undirected) edge weight and of edges joining two different communities. */
  betweenWeightShare: number | null;
  betweenEdgeShare: number | null;
  /** Sizes of the largest communities. */
  largest: number[];
  /** Community label of every node (agent index → label), for colouring the graph. */
  membership: { agent: number; community: number }[];
}

/** §8 Louvain partition summaries. */
export function communities(
  frame: Frame,
  params: Partial<CommunityParams> = {},
  filter: FrameFilter = {},
): CommunityResult {
  const p = { ...COMMUNITY_DEFAULTS, ...params };
  const e = filterEdges(frame, p.mode, filter);
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < e.from.length; i++) {
    const a = String(e.from[i]);
    const b = String(e.to[i]);
    g.mergeNode(a);
    g.mergeNode(b);
    g.updateEdge(a, b, (attr) => ({ weight: (attr.weight ?? 0) + e.weight[i] }));
  }
  if (g.size === 0) {
    return {
      params: p,
      nodes: g.order,
      edges: 0,
      count: 0,
      modularity: null,
      betweenWeightShare: null,
      betweenEdgeShare: null,
      largest: [],
      membership: [],
    };
  }
  const det = louvain.detailed(g, {
    getEdgeWeight: 'weight',
    resolution: p.resolution,
    rng: mulberry32(p.seed),
  });
  let between = 0;
  let total = 0;
  let betweenEdges = 0;
  g.forEachEdge((_, attr, s, t) => {
    total += attr.weight;
    if (det.communities[s] !== det.communities[t]) {
      between += attr.weight;
      betweenEdges++;
    }
  });
  const sizes = new Map<number, number>();
  for (const c of Object.values(det.communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  return {
    params: p,
    nodes: g.order,
    edges: g.size,
    count: det.count,
    modularity: det.modularity,
    betweenWeightShare: between / total,
    betweenEdgeShare: betweenEdges / g.size,
    largest: [...sizes.values()].sort((a, b) => b - a).slice(0, p.listTop),
    membership: Object.entries(det.communities)
      .map(([agent, community]) => ({ agent: Number(agent), community }))
      .sort((a, b) => a.agent - b.agent),
  };
}
