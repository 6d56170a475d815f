/**
 * The n-gram count tables as types only. They live apart from the code that builds them
 * (gram-counts.ts, gram-index.ts, which read the frame) so that frame.ts can name them without an
 * import circle.
 */
import type { ItemKind } from './item-kind.ts';

export interface GramCounts {
  /**
   * Rows (bucket, submolt, gram, count), grouped by bucket in increasing order. Buckets are hours
   * or days, never weeks: a week is a union of days (7-day blocks from day 0), so a date filter
   * that cuts a week still selects whole rows.
   */
  bucket: Int32Array;
  submolt: Int32Array;
  gram: Int32Array;
  count: Int32Array;
  rows: number;
  /** Added to `bucket` to give the frame's bucket (a table read in place from a decoded file). */
  shift?: number;
  /** Maps `submolt` codes ≥ 0 to the frame's submolt indices (idem). */
  submoltOf?: Int32Array;
}

export interface GramIndex {
  maxN: number;
  /** Gram ids are below this. */
  size: number;
  /** n of each gram id. */
  lengths: Uint8Array;
  /** Per kind, rows (day, submolt, gram, count) in day order; null for a kind the index lacks. */
  tables: Record<ItemKind, GramCounts | null>;
}
