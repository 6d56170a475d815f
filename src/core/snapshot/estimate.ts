import type { TableName } from './tables';

/**
 * How much memory a dataset will take once open, estimated before loading from file sizes alone,
 * so the app can offer a subset instead of letting the tab run out of memory.
 *
 * Measured on the bundled snapshots and a paper-scale one: DuckDB's copy of a table is about 4×
 * its ZSTD Parquet size (text decompresses ~3–4×), the decoding step briefly holds an Arrow copy
 * of one 100k-row batch, and the analysis frame adds ~80 bytes per item plus 4 bytes per vector
 * component.
 */
export interface TableSize {
  table: TableName;
  bytes: number;
  rows: number;
}

export interface SubsetOptions {
  /** Leave out titles, contents and descriptions (counts, networks and vectors still work). */
  skipText?: boolean;
  /** Load post vectors only: comment-level semantic diagnostics become unavailable. */
  skipCommentVectors?: boolean;
  /** Keep 1 post in k (chosen by a hash of its id) with its comments. */
  samplePosts?: number;
}

const STORE_FACTOR = 4;
const FRAME_BYTES_PER_ITEM = 80;
const NGRAM_FACTOR = 7.1;

export function estimateMemory(tables: TableSize[], dims: number, subset: SubsetOptions = {}): number {
  const keep = subset.samplePosts && subset.samplePosts > 1 ? 1 / subset.samplePosts : 1;
  let total = 0;
  for (const t of tables) {
    let bytes = t.bytes * STORE_FACTOR;
    // Text is most of a posts or comments file: leaving it out keeps about a fifth.
    if (subset.skipText && (t.table === 'posts' || t.table === 'comments')) bytes *= 0.2;
    if (t.table === 'embeddings') {
      const share = subset.skipCommentVectors ? postShare(tables) : 1;
      bytes = (t.bytes * 2 + t.rows * dims * 4) * share;
    }
    if (t.table === 'posts' || t.table === 'comments') bytes += t.rows * FRAME_BYTES_PER_ITEM;
    if (t.table === 'ngrams') {
      // Decoded into typed columns beside DuckDB (paper scale: 19 MB of file, 134 MB decoded);
      // never read for a sample of the posts, which it would not match.
      total += keep < 1 ? 0 : t.bytes * NGRAM_FACTOR;
      continue;
    }
    total += t.table === 'agents' || t.table === 'submolts' ? bytes : bytes * keep;
  }
  return Math.round(total);
}

function postShare(tables: TableSize[]): number {
  const posts = tables.find((t) => t.table === 'posts')?.rows ?? 0;
  const comments = tables.find((t) => t.table === 'comments')?.rows ?? 0;
  return posts + comments > 0 ? posts / (posts + comments) : 1;
}

/**
 * The memory a tab can use for one dataset: half the device memory the browser reports (Chrome's
 * navigator.deviceMemory, capped at 8 GB by the browser), and never more than 3 GB because
 * DuckDB-WASM is a 32-bit wasm module with a 4 GB address space.
 */
export function memoryBudget(deviceMemoryGB: number | undefined): number {
  const GB = 1024 ** 3;
  const device = deviceMemoryGB && deviceMemoryGB > 0 ? deviceMemoryGB : 4;
  return Math.min(3 * GB, (device * GB) / 2);
}
