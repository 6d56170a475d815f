/**
 * A lightweight tooltip drawn inside the SVG (so it needs no HTML and no positioning library).
 * Content is set with `.text()` only: labels come from hostile agent-written data.
 */
import type { G } from './frame.ts';
import { NO_EXPORT_CLASS } from './style.ts';
import { cleanLabel, textWidth } from './text.ts';

export interface Tooltip {
  /** Shows `lines` (first line bold) near plot point (x, y). */
  show(x: number, y: number, lines: readonly string[]): void;
  hide(): void;
}

const LINE = 14;
const PAD = 6;
const MAX_CHARS = 60;

function measure(el: SVGTextContentElement | null, fallback: string): number {
  // jsdom (tests) has no text metrics; browsers do.
  try {
    const w = el?.getComputedTextLength?.();
    if (typeof w === 'number' && w > 0) return w;
  } catch {
    /* not available */
  }
  return textWidth(fallback, 11);
}

/** Creates the tooltip as the last child of `plot` (so it paints on top); plot size bounds it. */
export function createTooltip(plot: G, innerWidth: number, innerHeight: number): Tooltip {
  const g = plot
    .append('g')
    .attr('class', `ms-tooltip ${NO_EXPORT_CLASS}`)
    .attr('pointer-events', 'none')
    .attr('aria-hidden', 'true')
    .attr('display', 'none');
  const rect = g.append('rect').attr('rx', 3);
  const text = g.append('text');
  return {
    show(x, y, lines) {
      const clean = lines.map((l) => {
        const c = cleanLabel(l);
        return c.length > MAX_CHARS ? c.slice(0, MAX_CHARS - 1) + '…' : c;
      });
      text.selectAll('tspan').remove();
      let w = 0;
      clean.forEach((line, i) => {
        const t = text
          .append('tspan')
          .attr('x', PAD)
          .attr('y', PAD + 10 + i * LINE)
          .attr('class', i === 0 ? 'ms-tooltip-title' : null)
          .text(line);
        w = Math.max(w, measure(t.node(), line));
      });
      const bw = Math.ceil(w + 2 * PAD);
      const bh = clean.length * LINE + 2 * PAD - 2;
      rect.attr('width', bw).attr('height', bh);
      let tx = x + 12;
      if (tx + bw > innerWidth) tx = x - 12 - bw;
      tx = Math.max(Math.min(tx, innerWidth - bw), -Math.min(bw, 40));
      let ty = y - bh - 8;
      if (ty < 0) ty = Math.min(y + 12, innerHeight - bh);
      g.attr('transform', `translate(${tx},${ty})`).attr('display', null).raise();
    },
    hide() {
      g.attr('display', 'none');
    },
  };
}

/** Pairs the built-in tooltip with the chart's `onHover` callback. */
export interface Hover<D> {
  enter(d: D, x: number, y: number): void;
  leave(): void;
}

export function createHover<D>(
  tooltip: Tooltip,
  lines: (d: D) => readonly string[],
  onHover?: (d: D | null) => void,
): Hover<D> {
  let current: D | null = null;
  return {
    enter(d, x, y) {
      tooltip.show(x, y, lines(d));
      if (d !== current) {
        current = d;
        onHover?.(d);
      }
    },
    leave() {
      tooltip.hide();
      if (current !== null) {
        current = null;
        onHover?.(null);
      }
    },
  };
}
