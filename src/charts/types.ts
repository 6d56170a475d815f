/** Types shared by every chart. */

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Options every chart accepts. `D` is the datum passed to hover and click callbacks. */
export interface BaseOptions<D> {
  /** Outer size in CSS pixels; charts adapt their layout down to 390 px wide. */
  width: number;
  height: number;
  /** Accessible name (rendered as the SVG `<title>`). */
  title: string;
  /** Accessible description (rendered as `<desc>`). */
  description?: string;
  margin?: Partial<Margin>;
  /** Called with the hovered/focused datum, and with `null` when hover ends. */
  onHover?: (d: D | null) => void;
  /** Called on click, or on Enter/Space on a focused mark. */
  onClick?: (d: D) => void;
}

/** Returned by every `renderX`; calling `renderX` again on the same SVG replaces everything. */
export interface ChartHandle {
  /** Removes all content and listeners from the SVG. */
  destroy(): void;
}

/** Formats a number for display (ticks, tooltips, labels). */
export type NumberFormat = (v: number) => string;
