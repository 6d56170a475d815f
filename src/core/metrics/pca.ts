/**
 * Fixed 2-D PCA projection of a snapshot's embeddings (§3 trajectories), computed once per frame
 * and cached. Deterministic: a stride sample of at most `maxItems` rows, covariance in Float64,
 * power iteration from a fixed start, each axis signed so its largest-magnitude component is
 * positive.
 */
import type { Frame } from '../frame.ts';
import { hasVector, itemsOf, type ItemKind } from './select.ts';
import { hypotOf } from '../bounded.ts';

export interface Projection {
  dim: number;
  mean: Float64Array;
  /** Two unit axes, row-major 2 × dim. */
  axes: Float64Array;
  /** Share of variance along each axis. */
  explained: [number, number];
  /** Rows the covariance was estimated from. */
  used: number;
}

const cache = new WeakMap<Frame, Map<string, Projection>>();

/** The cached projection of a frame's item embeddings (posts by default: the cloud drawn). */
export function pcaProjection(frame: Frame, kinds: ItemKind[] = ['posts'], maxItems = 50_000): Projection {
  const key = `${kinds.join('+')}/${maxItems}`;
  let byKey = cache.get(frame);
  if (!byKey) cache.set(frame, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const dim = frame.dim;
  const mean = new Float64Array(dim);
  const cov = new Float64Array(dim * dim);
  let used = 0;
  const total = kinds.reduce((s, k) => s + itemsOf(frame, k).n, 0);
  const stride = Math.max(1, Math.ceil(total / maxItems));
  const x = new Float64Array(dim);
  // Two passes over the same stride sample: the mean, then the centred covariance.
  for (const pass of [0, 1]) {
    for (const kind of kinds) {
      const items = itemsOf(frame, kind);
      if (!items.vectors) continue;
      for (let i = 0; i < items.n; i += stride) {
        if (!hasVector(items, i)) continue;
        const o = i * dim;
        if (pass === 0) {
          for (let d = 0; d < dim; d++) mean[d] += items.vectors[o + d];
          used++;
          continue;
        }
        for (let d = 0; d < dim; d++) x[d] = items.vectors[o + d] - mean[d];
        for (let a = 0; a < dim; a++) for (let b = a; b < dim; b++) cov[a * dim + b] += x[a] * x[b];
      }
    }
    if (pass === 0 && used > 0) for (let d = 0; d < dim; d++) mean[d] /= used;
  }
  for (let a = 0; a < dim; a++) for (let b = 0; b < a; b++) cov[a * dim + b] = cov[b * dim + a];
  let trace = 0;
  for (let d = 0; d < dim; d++) trace += cov[d * dim + d];
  const axes = new Float64Array(2 * dim);
  const explained: [number, number] = [0, 0];
  for (let k = 0; k < 2; k++) {
    const { vector, value } = topEigen(cov, dim);
    axes.set(vector, k * dim);
    explained[k] = trace > 0 ? value / trace : 0;
    // Deflate so the next power iteration finds the second axis.
    for (let a = 0; a < dim; a++)
      for (let b = 0; b < dim; b++) cov[a * dim + b] -= value * vector[a] * vector[b];
  }
  const proj = { dim, mean, axes, explained, used };
  byKey.set(key, proj);
  return proj;
}

function topEigen(m: Float64Array, dim: number): { vector: Float64Array; value: number } {
  let v = new Float64Array(dim);
  for (let d = 0; d < dim; d++) v[d] = 1 / Math.sqrt(dim) + d * 1e-3;
  let value = 0;
  for (let it = 0; it < 1000; it++) {
    const w = new Float64Array(dim);
    for (let a = 0; a < dim; a++) {
      let s = 0;
      for (let b = 0; b < dim; b++) s += m[a * dim + b] * v[b];
      w[a] = s;
    }
    const norm = hypotOf(w);
    if (norm === 0) break;
    for (let d = 0; d < dim; d++) w[d] /= norm;
    let diff = 0;
    for (let d = 0; d < dim; d++) diff += Math.abs(w[d] - v[d]);
    v = w;
    value = norm;
    if (diff < 1e-12) break;
  }
  let big = 0;
  for (let d = 0; d < dim; d++) if (Math.abs(v[d]) > Math.abs(v[big])) big = d;
  if (v[big] < 0) for (let d = 0; d < dim; d++) v[d] = -v[d];
  return { vector: v, value };
}

/** Projects a dim-long vector (at offset o) onto the two axes. */
export function project(proj: Projection, v: ArrayLike<number>, o = 0): [number, number] {
  let x = 0;
  let y = 0;
  for (let d = 0; d < proj.dim; d++) {
    const c = v[o + d] - proj.mean[d];
    x += c * proj.axes[d];
    y += c * proj.axes[proj.dim + d];
  }
  return [x, y];
}
