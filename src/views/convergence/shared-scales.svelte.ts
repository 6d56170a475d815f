/**
 * In compare mode both sides draw their charts on common scales: a heatmap coloured 0.81–1 beside
 * one coloured 0.98–1 would look alike while saying very different things, and a reader compares
 * the two sides by eye. Each chart reports the extent of what it draws under a key; each then
 * draws with the union of that key's extents over both sides.
 */
export type ScaleKey = 'heatmap-centroid' | 'heatmap-pairwise' | 'curves';

export class SharedScales {
  #extents = $state<Record<string, [number, number]>>({});

  /** Records one side's extent for a key (null: that side draws nothing for it). */
  report(side: string, key: ScaleKey, extent: [number, number] | null): void {
    const id = `${side}\u0000${key}`;
    const old = this.#extents[id];
    if (!extent) {
      if (old) delete this.#extents[id];
      return;
    }
    // Effects report on every redraw; writing the same numbers again would only cause more redraws.
    if (old && old[0] === extent[0] && old[1] === extent[1]) return;
    this.#extents[id] = extent;
  }

  /** The union of the extents reported for a key, or undefined before any side has reported. */
  domain(key: ScaleKey): [number, number] | undefined {
    let lo = Infinity;
    let hi = -Infinity;
    for (const [id, [a, b]] of Object.entries(this.#extents)) {
      if (!id.endsWith(`\u0000${key}`)) continue;
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
    return lo <= hi ? [lo, hi] : undefined;
  }
}

/** What a chart needs to take part: the shared scales and which side it is on. */
export interface ScaleLink {
  shared: SharedScales;
  side: string;
}

/** Finite extent of some numbers, or null when there are none. */
export function finiteExtent(values: Iterable<number | null | undefined>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v == null || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}
