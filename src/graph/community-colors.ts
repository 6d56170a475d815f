import { SERIES_COLORS } from '../charts/palette';

export interface CommunityLegendItem {
  /** 1-based rank by size among the communities of the shown scope. */
  rank: number;
  members: number;
  color: string;
}

export interface CommunityColors {
  /** Agent name → colour. */
  colorOf: Map<string, string>;
  legend: CommunityLegendItem[];
  /** Communities beyond the palette, drawn in the neutral colour. */
  others: { communities: number; members: number };
}

/**
 * Colours the largest communities with the colour-blind-safe series palette, in order of size (ties
 * by label); the rest share one neutral colour, because more than about seven hues cannot be told
 * apart reliably.
 */
export function communityColors(membership: Map<string, number>, otherColor: string): CommunityColors {
  const sizes = new Map<number, number>();
  for (const c of membership.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const colorByLabel = new Map<number, string>();
  const legend: CommunityLegendItem[] = [];
  ranked.forEach(([label, members], i) => {
    if (i < SERIES_COLORS.length && members > 1) {
      colorByLabel.set(label, SERIES_COLORS[i]);
      legend.push({ rank: i + 1, members, color: SERIES_COLORS[i] });
    }
  });
  const colorOf = new Map<string, string>();
  for (const [name, c] of membership) colorOf.set(name, colorByLabel.get(c) ?? otherColor);
  const rest = ranked.filter(([label]) => !colorByLabel.has(label));
  return {
    colorOf,
    legend,
    others: { communities: rest.length, members: rest.reduce((s, [, m]) => s + m, 0) },
  };
}
