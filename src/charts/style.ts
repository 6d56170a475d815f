/**
 * The stylesheet embedded in every chart, and the CSS custom properties it reads.
 *
 * Set these on any ancestor (e.g. `:root` and a `prefers-color-scheme: dark` block) to theme charts:
 *
 * | property       | used for                                   | fallback                    |
 * |----------------|--------------------------------------------|-----------------------------|
 * | `--fg`         | text, axes, default line colour (`color`)   | `#1f2328`                   |
 * | `--muted`      | secondary text, tick lines, marker lines    | `#6e7781`                   |
 * | `--grid`       | grid lines, missing heatmap cells           | `rgba(127,127,127,0.22)`    |
 * | `--bg`         | tooltip box, label halos, export background | `#ffffff`                   |
 * | `--band`       | shaded annotation bands (e.g. outages)      | `rgba(127,127,127,0.18)`    |
 * | `--highlight`  | highlighted x / current day, hover ring     | `#D55E00`                   |
 * | `--focus`      | keyboard focus ring                         | `#0072B2`                   |
 * | `--chart-font` | font stack (no web fonts, export-safe)      | `system-ui, sans-serif`     |
 *
 * `--highlight` is deliberately not the app's `--accent`: that UI blue equals the first series colour.
 * Rules are scoped under `.ms-chart`, so several charts on a page share them harmlessly.
 * `exportSVG` resolves the `var()`s against the page so an exported file renders standalone.
 */
export const CHART_CLASS = 'ms-chart';

/** Elements with this class are interaction-only and are dropped from exports. */
export const NO_EXPORT_CLASS = 'ms-noexport';

/** Fallback theme values, used when a property is not set (and by exports made outside a page). */
export const THEME_FALLBACKS: Readonly<Record<string, string>> = {
  '--fg': '#1f2328',
  '--muted': '#6e7781',
  '--grid': 'rgba(127,127,127,0.22)',
  '--bg': '#ffffff',
  '--band': 'rgba(127,127,127,0.18)',
  '--highlight': '#D55E00',
  '--focus': '#0072B2',
  '--chart-font': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};

const v = (name: string): string => `var(${name}, ${THEME_FALLBACKS[name]})`;

export const CHART_CSS = `
.ms-chart { color: ${v('--fg')}; font-family: ${v('--chart-font')}; font-size: 11px; overflow: visible; }
.ms-chart text { fill: currentColor; }
.ms-chart .ms-axis { font-family: inherit; font-size: 10px; }
.ms-chart .ms-axis path, .ms-chart .ms-axis line { stroke: ${v('--muted')}; }
.ms-chart .ms-axis-label, .ms-chart .ms-muted { fill: ${v('--muted')}; }
.ms-chart .ms-grid line { stroke: ${v('--grid')}; shape-rendering: crispEdges; }
.ms-chart .ms-band { fill: ${v('--band')}; }
.ms-chart .ms-marker { stroke: ${v('--muted')}; stroke-dasharray: 3 3; }
.ms-chart .ms-zero { stroke: ${v('--fg')}; stroke-width: 1; }
.ms-chart .ms-missing { fill: ${v('--grid')}; }
.ms-chart .ms-accent { stroke: ${v('--highlight')}; }
.ms-chart .ms-crosshair { stroke: ${v('--muted')}; stroke-width: 1; }
.ms-chart .ms-thin { fill: ${v('--bg')}; stroke-width: 1.5; }
.ms-chart .ms-thin-cell { fill-opacity: 0.3; }
.ms-chart .ms-halo { stroke: ${v('--bg')}; stroke-width: 3; paint-order: stroke; stroke-linejoin: round; }
.ms-chart .ms-tooltip rect { fill: ${v('--bg')}; stroke: ${v('--muted')}; }
.ms-chart .ms-tooltip text { font-size: 11px; }
.ms-chart .ms-tooltip .ms-tooltip-title { font-weight: 600; }
.ms-chart .selection { fill: ${v('--fg')}; fill-opacity: 0.08; stroke: ${v('--fg')}; stroke-opacity: 0.6; }
.ms-chart [tabindex]:focus { outline: none; }
.ms-chart [tabindex]:focus-visible { outline: 2px solid ${v('--focus')}; outline-offset: 1px; }
.ms-chart .ms-focusable:focus-visible { stroke: ${v('--focus')}; stroke-width: 2; }
`;
