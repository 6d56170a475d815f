/**
 * Colour-blind-safe colours for chart marks.
 *
 * Series colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design") without its
 * black, ordered so the first pairs stay distinguishable under all three dichromacies and read on
 * both light and dark backgrounds. The sequential scale is viridis (perceptually uniform, CB-safe).
 *
 * Theme colours (text, grid, background…) are never hard-coded: they come from CSS custom
 * properties documented in `style.ts`.
 */
import { interpolateViridis } from 'd3';

export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  skyBlue: '#56B4E9',
  yellow: '#F0E442',
} as const;

/** Categorical series colours, in assignment order. */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
];

/** The i-th series colour (wraps around), or `override[i]` when given. */
export function seriesColor(i: number, override?: readonly string[]): string {
  const list = override && override.length > 0 ? override : SERIES_COLORS;
  return list[((i % list.length) + list.length) % list.length];
}

/** Default sequential interpolator (t in 0..1 → colour) for heatmaps and densities. */
export const SEQUENTIAL: (t: number) => string = interpolateViridis;
