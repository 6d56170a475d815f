/**
 * Which ego-network labels to draw. Sigma draws every forced label, so forcing all of a hub's
 * neighbours piles dozens of names on top of each other. Only the strongest ties are candidates
 * (comments both ways; the side panel lists them), and a greedy pass in tie order keeps a label
 * only when its box, on screen, clears the labels already kept (the selected agent's first) and
 * the candidates' nodes.
 */

/** A node as drawn: viewport position and rendered radius, in CSS pixels. */
export interface DrawnLabel {
  key: string;
  x: number;
  y: number;
  size: number;
  label: string;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Sigma's default label placement: right of the node, vertically centred on it. */
function boxOf(n: DrawnLabel, fontSize: number): Box {
  const x0 = n.x + n.size + 3;
  // Average glyph width of the default sans-serif: an estimate is enough to keep names apart.
  const width = n.label.length * fontSize * 0.6;
  return { x0, y0: n.y - fontSize * 0.7, x1: x0 + width, y1: n.y + fontSize * 0.5 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The keys of `candidates` (strongest first) whose labels fit beside `fixed`, each other and the nodes. */
export function pickEgoLabels(
  fixed: DrawnLabel | null,
  candidates: readonly DrawnLabel[],
  fontSize: number,
): string[] {
  const kept: Box[] = fixed ? [boxOf(fixed, fontSize)] : [];
  const discs: Box[] = [fixed, ...candidates]
    .filter((n): n is DrawnLabel => n !== null)
    .map((n) => ({ x0: n.x - n.size, y0: n.y - n.size, x1: n.x + n.size, y1: n.y + n.size }));
  const out: string[] = [];
  for (const c of candidates) {
    const box = boxOf(c, fontSize);
    if (kept.some((k) => overlaps(k, box)) || discs.some((d) => overlaps(d, box))) continue;
    kept.push(box);
    out.push(c.key);
  }
  return out;
}

/** The neighbours of `node` ranked by tie strength (comments both ways), strongest first. */
export function strongestTies(
  edges: Iterable<{ source: string; target: string; weight: number }>,
  node: string,
  k: number,
): string[] {
  const w = new Map<string, number>();
  for (const e of edges) {
    const other = e.source === node ? e.target : e.target === node ? e.source : null;
    if (other !== null && other !== node) w.set(other, (w.get(other) ?? 0) + e.weight);
  }
  return [...w]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, k)
    .map(([name]) => name);
}
