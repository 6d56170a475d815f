/**
 * Keyboard access. `bindRoving`: a roving tabindex over discrete marks (one tab stop per chart;
 * arrows move, Enter/Space = click). `bindIndexKeys`: one focusable element that steps through an
 * index (e.g. the x positions of a line chart).
 */
import { select, type Selection } from 'd3';

export interface RovingOptions<D> {
  label: (d: D, i: number) => string;
  onFocus: (d: D, i: number, el: Element) => void;
  onBlur: () => void;
  onActivate: (d: D, i: number) => void;
  /** Grid width for Up/Down moves; omit for a 1-D list (all arrows step by one). */
  columns?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySel<D> = Selection<any, D, any, any>;

function step(key: string, columns: number | undefined): number | 'home' | 'end' | null {
  const row = columns ?? 1;
  switch (key) {
    case 'ArrowRight':
      return 1;
    case 'ArrowLeft':
      return -1;
    case 'ArrowDown':
      return row;
    case 'ArrowUp':
      return -row;
    case 'Home':
      return 'home';
    case 'End':
      return 'end';
    default:
      return null;
  }
}

export function bindRoving<D>(marks: AnySel<D>, opts: RovingOptions<D>): void {
  const nodes = marks.nodes() as Element[];
  const data = marks.data();
  marks
    .attr('tabindex', (_d: D, i: number) => (i === 0 ? 0 : -1))
    .attr('role', 'button')
    .attr('aria-label', (d: D, i: number) => opts.label(d, i))
    .classed('ms-focusable', true)
    .on('focus.ms', function (this: Element, _e: FocusEvent, d: D) {
      opts.onFocus(d, nodes.indexOf(this), this);
    })
    .on('blur.ms', () => opts.onBlur())
    .on('keydown.ms', function (this: Element, event: KeyboardEvent, d: D) {
      const i = nodes.indexOf(this);
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        opts.onActivate(d, i);
        return;
      }
      const s = step(event.key, opts.columns);
      if (s === null) return;
      event.preventDefault();
      const j = s === 'home' ? 0 : s === 'end' ? nodes.length - 1 : i + s;
      if (j < 0 || j >= nodes.length || j === i) return;
      select(this).attr('tabindex', -1);
      const next = nodes[j] as SVGElement;
      select(next).attr('tabindex', 0);
      next.focus?.();
      if (document.activeElement !== next) opts.onFocus(data[j], j, next);
    });
}

export interface IndexKeysOptions {
  count: number;
  label: string;
  onMove: (i: number) => void;
  onActivate: (i: number) => void;
  onBlur: () => void;
  /** Index to start from on first focus. */
  start?: () => number;
}

export function bindIndexKeys<E extends SVGElement>(
  el: Selection<E, unknown, null, undefined>,
  opts: IndexKeysOptions,
): void {
  let index = -1;
  el.attr('tabindex', 0)
    .attr('role', 'slider')
    .attr('aria-label', opts.label)
    .attr('aria-valuemin', 0)
    .attr('aria-valuemax', Math.max(0, opts.count - 1))
    .on('focus.ms', () => {
      if (opts.count === 0) return;
      index = index < 0 ? (opts.start?.() ?? 0) : index;
      el.attr('aria-valuenow', index);
      opts.onMove(index);
    })
    .on('blur.ms', () => opts.onBlur())
    .on('keydown.ms', (e: Event) => {
      const event = e as KeyboardEvent;
      if (opts.count === 0) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (index >= 0) opts.onActivate(index);
        return;
      }
      const s = step(event.key, undefined);
      if (s === null) return;
      event.preventDefault();
      index =
        s === 'home' ? 0 : s === 'end' ? opts.count - 1 : Math.max(0, Math.min(opts.count - 1, index + s));
      el.attr('aria-valuenow', index);
      opts.onMove(index);
    });
}
