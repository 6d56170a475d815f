/**
 * The size budget: keep the top nodes by PageRank (ties by name, so the cut is deterministic) and
 * the heaviest edges among them.
 */
export function topNodes(names: readonly string[], score: Float64Array, budget: number): Int32Array {
  const idx = Array.from(names.keys());
  idx.sort((a, b) => score[b] - score[a] || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  return Int32Array.from(idx.slice(0, budget));
}

export interface KeptEdges {
  src: Int32Array;
  dst: Int32Array;
  weight: Float32Array;
}

/** Edges whose ends are both kept, renumbered to positions in `kept`; the heaviest `budget`. */
export function keptEdges(
  kept: Int32Array,
  total: number,
  src: Int32Array,
  dst: Int32Array,
  weight: Float64Array,
  budget: number,
): KeptEdges {
  const pos = new Int32Array(total).fill(-1);
  kept.forEach((n, i) => (pos[n] = i));
  const list: number[] = [];
  for (let e = 0; e < src.length; e++) if (pos[src[e]] >= 0 && pos[dst[e]] >= 0) list.push(e);
  if (list.length > budget) {
    list.sort((a, b) => weight[b] - weight[a] || a - b);
    list.length = budget;
    list.sort((a, b) => a - b);
  }
  return {
    src: Int32Array.from(list, (e) => pos[src[e]]),
    dst: Int32Array.from(list, (e) => pos[dst[e]]),
    weight: Float32Array.from(list, (e) => weight[e]),
  };
}
