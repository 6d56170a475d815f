/**
 * The analysis frame: a snapshot turned into column arrays, the one input every diagnostic takes.
 *
 * The browser worker builds it from DuckDB query results; the Node CLI builds it from the same
 * Parquet files. Agents, submolts and days are small integer indices so diagnostics run over typed
 * arrays instead of strings and dates.
 */
import type { GramIndex } from './metrics/gram-tables.ts';

export interface ItemColumns {
  /** Number of rows. */
  n: number;
  /** Item ids as in the snapshot. */
  ids: string[];
  /** Index into Frame.agents; -1 when the author is unknown (e.g. `author: null` in early crawls). */
  author: Int32Array;
  /** UTC day index: 0 is the day of Frame.day0Ms. */
  day: Int32Array;
  /** created_at as epoch milliseconds (UTC). */
  timeMs: Float64Array;
  /** Index into Frame.submolts; -1 when none. Comments carry their post's submolt. */
  submolt: Int32Array;
  /** upvotes − downvotes (the feedback score of metrics.md §4). */
  score: Float64Array;
  /** Upvotes alone, for attention inequality. */
  upvotes: Float64Array;
  /** Row-major n × Frame.dim unit vectors, or null when the snapshot has no embeddings. */
  vectors: Float32Array | null;
  /** 1 where the row has an embedding; absent means every row has one when `vectors` is set. */
  hasVector?: Uint8Array;
  /** Texts (posts: title + "\n\n" + content; comments: content), only when a diagnostic asked for them. */
  texts: string[] | null;
}

export interface CommentColumns extends ItemColumns {
  /** Index into Frame.posts of the post commented on; -1 for an orphan. */
  post: Int32Array;
  /** Index into Frame.comments of the parent comment; -1 for a top-level comment. */
  parent: Int32Array;
  /** API convention: top level = 0. */
  depth: Int32Array;
}

export interface Frame {
  /** Embedding dimensions (0 when no vectors). */
  dim: number;
  /** Epoch ms of 00:00 UTC of day index 0. */
  day0Ms: number;
  /** Number of day indices spanned (max day + 1). */
  days: number;
  /** Agent names (or ids when names are missing), indexed by ItemColumns.author. */
  agents: string[];
  /** Submolt names, indexed by ItemColumns.submolt. */
  submolts: string[];
  posts: ItemColumns;
  comments: CommentColumns;
  /**
   * The snapshot's n-gram counts, when it has an index that matches these items (attached on
   * demand, like texts): lexical turnover reads them instead of tokenising.
   */
  gramIndex?: GramIndex | null;
}

/** Which items a diagnostic looks at: a day range (inclusive) and optionally some submolts. */
export interface FrameFilter {
  startDay?: number;
  endDay?: number;
  /** Submolt indices; empty or undefined means all. */
  submolts?: number[];
}

export const DAY_MS = 86_400_000;

/** UTC day index of an epoch-ms time relative to day0Ms. */
export function dayIndex(timeMs: number, day0Ms: number): number {
  return Math.floor((timeMs - day0Ms) / DAY_MS);
}
