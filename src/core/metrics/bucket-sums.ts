/**
 * Per-(time bucket, submolt) sums of unit vectors and item counts, computed once per frame, kind
 * and unit (cached), so centroid and pairwise measures under any date/submolt filter are answered
 * from a few thousand rows instead of every item (metrics.md §10).
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { addRow } from './vectors.ts';
import { bucketsOf, hasVector, itemsOf, type ItemKind, type TimeUnit } from './select.ts';

export interface BucketSums {
  buckets: number;
  /** Submolt slots: index s+1 holds submolt s, slot 0 holds items without a submolt. */
  slots: number;
  dim: number;
  /** (bucket × slots + slot) × dim sums of unit vectors. */
  sums: Float64Array;
  /** bucket × slots + slot item counts (items with vectors only). */
  counts: Float64Array;
}

const cache = new WeakMap<Frame, Map<string, BucketSums>>();

/** The cached per-(bucket, submolt) sums for a frame. */
export function bucketSums(frame: Frame, kind: ItemKind, unit: TimeUnit): BucketSums {
  let byKey = cache.get(frame);
  if (!byKey) cache.set(frame, (byKey = new Map()));
  const key = `${kind}/${unit}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const items = itemsOf(frame, kind);
  const { bucket, count } = bucketsOf(frame, items, unit);
  const slots = frame.submolts.length + 1;
  const dim = frame.dim;
  const sums = new Float64Array(count * slots * dim);
  const counts = new Float64Array(count * slots);
  const vectors = items.vectors;
  if (vectors) {
    for (let i = 0; i < items.n; i++) {
      if (!hasVector(items, i) || bucket[i] < 0) continue;
      const cell = bucket[i] * slots + items.submolt[i] + 1;
      counts[cell] += 1;
      addRow(sums, cell * dim, vectors, i, dim);
    }
  }
  const result = { buckets: count, slots, dim, sums, counts };
  byKey.set(key, result);
  return result;
}

/**
 * Collapses the cached sums over the filter's submolts into per-bucket sums (bucket × dim) and
 * counts. The day range of the filter is applied by the caller on bucket indices.
 */
export function filteredBucketSums(
  bs: BucketSums,
  filter: FrameFilter,
): { sums: Float64Array; counts: Float64Array } {
  const { buckets, slots, dim } = bs;
  const wanted = filter.submolts && filter.submolts.length > 0 ? filter.submolts.map((s) => s + 1) : null;
  const sums = new Float64Array(buckets * dim);
  const counts = new Float64Array(buckets);
  for (let b = 0; b < buckets; b++) {
    const pick = wanted ?? range(slots);
    for (const slot of pick) {
      const cell = b * slots + slot;
      if (bs.counts[cell] === 0) continue;
      counts[b] += bs.counts[cell];
      const o = cell * dim;
      for (let d = 0; d < dim; d++) sums[b * dim + d] += bs.sums[o + d];
    }
  }
  return { sums, counts };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
