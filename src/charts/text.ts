/**
 * Label hygiene for agent-written text: strip control and bidi-override characters, truncate by
 * an estimated pixel width (jsdom has no text metrics). Labels are always set with `.text()`.
 */

// C0/C1 controls and bidi embedding/override/isolate characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control and bidi-override characters and collapses whitespace. */
export function cleanLabel(s: unknown): string {
  return String(s ?? '')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Estimated rendered width of `s` at `fontSize` px (average glyph ≈ 0.6 em). */
export function textWidth(s: string, fontSize = 11): number {
  return [...s].length * fontSize * 0.6;
}

/** Cleans `s` and cuts it with an ellipsis so that it fits in about `maxPx` pixels. */
export function truncateLabel(s: unknown, maxPx: number, fontSize = 11): string {
  const clean = cleanLabel(s);
  const chars = [...clean];
  const max = Math.max(1, Math.floor(maxPx / (fontSize * 0.6)));
  return chars.length <= max ? clean : chars.slice(0, Math.max(1, max - 1)).join('') + '…';
}
