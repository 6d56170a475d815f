/**
 * Draws many points cheaply. Up to `threshold` points become SVG circles; beyond it they are
 * painted on an off-screen canvas embedded as an `<image>` (so SVG export keeps them), or, where
 * no canvas exists (jsdom, some workers), aggregated into a density grid of SVG rects.
 */
import type { G } from './frame.ts';

export type PointRenderer = 'auto' | 'svg' | 'canvas' | 'density';

export interface PointLayerOptions {
  width: number;
  height: number;
  color: string;
  radius: number;
  opacity: number;
  renderer?: PointRenderer;
  /** Point count above which `auto` leaves SVG circles. */
  threshold?: number;
  /** Cell size in px for the density fallback. */
  cell?: number;
}

/** Pixel coordinates, interleaved [x0, y0, x1, y1, …]. */
export type PixelCoords = ArrayLike<number>;

function getContext2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  try {
    return canvas.getContext('2d');
  } catch {
    return null;
  }
}

function drawCanvas(g: G, xy: PixelCoords, o: PointLayerOptions): boolean {
  if (typeof document === 'undefined') return false;
  const scale = Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(o.width * scale);
  canvas.height = Math.ceil(o.height * scale);
  const ctx = getContext2d(canvas);
  if (!ctx) return false;
  ctx.scale(scale, scale);
  ctx.fillStyle = o.color;
  ctx.globalAlpha = o.opacity;
  const r = o.radius;
  for (let i = 0; i + 1 < xy.length; i += 2) {
    ctx.beginPath();
    ctx.arc(xy[i], xy[i + 1], r, 0, 2 * Math.PI);
    ctx.fill();
  }
  let href: string;
  try {
    href = canvas.toDataURL('image/png');
  } catch {
    return false;
  }
  g.append('image')
    .attr('class', 'ms-raster')
    .attr('href', href)
    .attr('width', o.width)
    .attr('height', o.height)
    .attr('preserveAspectRatio', 'none')
    .attr('aria-hidden', 'true');
  return true;
}

function drawDensity(g: G, xy: PixelCoords, o: PointLayerOptions): void {
  const cell = o.cell ?? 6;
  const cols = Math.max(1, Math.ceil(o.width / cell));
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const cx = Math.floor(xy[i] / cell);
    const cy = Math.floor(xy[i + 1] / cell);
    if (cx < 0 || cy < 0 || cx >= cols || cy * cell >= o.height) continue;
    const k = cy * cols + cx;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let max = 1;
  for (const c of counts.values()) max = Math.max(max, c);
  const d = g.append('g').attr('class', 'ms-density').attr('aria-hidden', 'true').attr('fill', o.color);
  for (const [k, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    d.append('rect')
      .attr('x', (k % cols) * cell)
      .attr('y', Math.floor(k / cols) * cell)
      .attr('width', cell)
      .attr('height', cell)
      .attr('fill-opacity', Math.max(0.08, Math.sqrt(c / max)) * Math.min(1, o.opacity * 4));
  }
}

/** Draws the points into `g`; returns which renderer was used. */
export function drawPoints(g: G, xy: PixelCoords, o: PointLayerOptions): 'svg' | 'canvas' | 'density' {
  const n = Math.floor(xy.length / 2);
  const mode = o.renderer ?? 'auto';
  if (mode === 'svg' || (mode === 'auto' && n <= (o.threshold ?? 5000))) {
    const c = g.append('g').attr('class', 'ms-points').attr('fill', o.color).attr('fill-opacity', o.opacity);
    for (let i = 0; i < n; i++) {
      c.append('circle')
        .attr('cx', xy[2 * i])
        .attr('cy', xy[2 * i + 1])
        .attr('r', o.radius);
    }
    return 'svg';
  }
  if (mode !== 'density' && drawCanvas(g, xy, o)) return 'canvas';
  drawDensity(g, xy, o);
  return 'density';
}
