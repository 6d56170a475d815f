/** Theme colours for WebGL, read from the CSS custom properties (sigma needs concrete values). */
export function themeColor(name: string, fallback: string): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}
