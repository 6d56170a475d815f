import type { LoadNotice } from '../../../src/core/worker-api';
import { SCHEMA_VERSION } from '../../../src/core/snapshot/manifest';
import { TABLES, TABLE_NAMES, type TableName } from '../../../src/core/snapshot/tables';
import { sameValidators, type Validators } from './validators';

/**
 * Bump when what is stored changes meaning: the loader's normalisation (normalise.ts), the
 * per-table notices, or the chunk layout. The snapshot contract is part of the tag on its own.
 */
const CACHE_FORMAT = 1;

/** The version of everything that shapes a cached table; an entry of another version is stale. */
export const FORMAT_TAG = `${CACHE_FORMAT}/${SCHEMA_VERSION}/${TABLE_NAMES.map(
  (t) => `${t}:${TABLES[t].columns.map((c) => `${c.name}=${c.kind}`).join(',')}`,
).join(';')}`;

/** What a cache entry records about one table: the file it came from and how to read it back. */
export interface CacheMeta {
  format: string;
  /** The absolute URL of the Parquet file; compared in full, so a name collision cannot mislead. */
  url: string;
  table: TableName;
  validators: Validators;
  rows: number;
  /** Byte length of each Arrow IPC chunk file, in order: a truncated chunk is caught before use. */
  chunks: number[];
  /** Notices the cold load gave for this file (repairs, ignored columns), shown again on a hit. */
  notices: LoadNotice[];
  savedAt: number;
}

export type Judgement = 'hit' | 'stale' | 'miss';

/** Whether an entry (or its absence) may stand in for the file at `url` now. */
export function judge(meta: CacheMeta | null, url: string, table: TableName, now: Validators): Judgement {
  if (!meta || meta.url !== url) return 'miss';
  if (meta.format !== FORMAT_TAG || meta.table !== table || !sameValidators(meta.validators, now))
    return 'stale';
  return 'hit';
}

/** A file-system-safe name for a URL's entry (FNV-1a, two lanes); the URL itself is in the meta. */
export function entryName(url: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `t-${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/** Reads stored JSON back as a CacheMeta, or null when it is not one (a corrupt entry). */
export function parseMeta(text: string): CacheMeta | null {
  let m: Partial<CacheMeta>;
  try {
    m = JSON.parse(text) as Partial<CacheMeta>;
  } catch {
    return null;
  }
  const v = m?.validators;
  const ok =
    typeof m?.format === 'string' &&
    typeof m.url === 'string' &&
    TABLE_NAMES.includes(m.table as TableName) &&
    typeof v === 'object' &&
    v !== null &&
    (typeof v.etag === 'string' || v.etag === null) &&
    (typeof v.lastModified === 'string' || v.lastModified === null) &&
    (typeof v.length === 'number' || v.length === null) &&
    Number.isInteger(m.rows) &&
    Array.isArray(m.chunks) &&
    m.chunks.every((n) => Number.isInteger(n) && n > 0) &&
    Array.isArray(m.notices) &&
    m.notices.every((n) => typeof n?.message === 'string' && typeof n.table === 'string') &&
    typeof m.savedAt === 'number';
  return ok ? (m as CacheMeta) : null;
}
