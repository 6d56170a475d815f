/**
 * The graph sigma draws, from a layout result: node size by PageRank (area ∝ score, so a node twice
 * as central covers twice the ink), colour by community, edge thickness by comment count.
 */
import Graph from 'graphology';
import type { LayoutResult } from '../core/layout-protocol';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  pagerank: number;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  weight: number;
}

export type DrawnGraph = Graph<NodeAttrs, EdgeAttrs>;

export interface GraphStyle {
  colorOf: (name: string) => string;
  edgeColor: string;
  minSize: number;
  maxSize: number;
}

/** Nodes or edges added between two pauses: a few milliseconds of work each. */
const SLICE = 4000;

/**
 * Builds the graph in slices, calling `pause` between them so a big graph never holds the page's
 * thread for long (the caller yields to the page there). Edges get their index as key: graphology
 * would otherwise generate a random key per edge, which is most of the cost.
 */
export async function buildGraph(
  r: LayoutResult,
  style: GraphStyle,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<DrawnGraph> {
  const g: DrawnGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  let maxPr = 0;
  for (const p of r.pagerank) maxPr = Math.max(maxPr, p);
  let maxW = 1;
  for (const w of r.weight) maxW = Math.max(maxW, w);
  for (let i = 0; i < r.names.length; i++) {
    if (i && i % SLICE === 0) await pause();
    const name = r.names[i];
    const rel = maxPr > 0 ? Math.sqrt(r.pagerank[i] / maxPr) : 0;
    g.addNode(name, {
      x: r.x[i],
      y: r.y[i],
      size: style.minSize + (style.maxSize - style.minSize) * rel,
      color: style.colorOf(name),
      label: name,
      pagerank: r.pagerank[i],
    });
  }
  for (let e = 0; e < r.src.length; e++) {
    if (e % SLICE === 0) await pause();
    const w = r.weight[e];
    g.addEdgeWithKey(String(e), r.names[r.src[e]], r.names[r.dst[e]], {
      weight: w,
      size: 0.5 + 2.5 * Math.sqrt(w / maxW),
      color: style.edgeColor,
    });
  }
  return g;
}

/**
 * Recolours nodes in place (communities may arrive after the layout). The hint tells sigma only
 * colours changed, so it repaints without re-indexing the whole graph.
 */
export function recolor(g: DrawnGraph, colorOf: (name: string) => string): void {
  g.updateEachNodeAttributes(
    (name, attr) => {
      attr.color = colorOf(name);
      return attr;
    },
    { attributes: ['color'] },
  );
}
