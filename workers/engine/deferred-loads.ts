import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { LateLoad, LoadNotice, LoadProgress } from '../../src/core/worker-api';
import type { Manifest } from '../../src/core/snapshot/manifest';
import type { DeferredTable } from '../../src/core/snapshot/deferred-tables';
import type { LoadCache } from './cache/load-cache';
import type { TableSource } from './sources';
import { checkEmbeddings } from './checks';
import { decodeGramIndex, readable, type GramIndexFile } from './gram-index-file';
import { fetchBytes } from './fetch-bytes';
import { quoteIdent } from './sql-names';

/** How the load reads one table into its schema (load-dataset.ts's loadTable, bound to this load). */
export type ReadTable = (
  t: TableSource,
  signal: AbortSignal,
  onProgress: (p: LoadProgress) => void,
  notices: LoadNotice[],
) => Promise<number>;

/** What a load leaves for later: where its deferred tables are, and how to read them as it would. */
export interface Deferral {
  generation: number;
  schema: string;
  sources: Map<DeferredTable, TableSource>;
  manifest: Manifest | null;
  cache: LoadCache | null;
  cap: number;
  /** A sample of the posts never matches an index of them all: the index is not read then. */
  sampled: boolean;
  readTable: ReadTable;
}

let open: (Deferral & { controller: AbortController; loads: Map<DeferredTable, Promise<LateLoad>> }) | null =
  null;
let gramIndex: { generation: number; file: GramIndexFile | null } | null = null;

/** The open dataset's n-gram index, once loaded, when it has one this app can read. */
export const currentGramIndex = (generation: number): GramIndexFile | null =>
  gramIndex?.generation === generation ? gramIndex.file : null;

/** Records the deferred tables of the dataset just opened (its schema is the one the views read). */
export function deferTables(d: Deferral): void {
  open = { ...d, controller: new AbortController(), loads: new Map() };
}

/** Stops the deferred loads under way and waits for them to let go of their schema (a new load). */
export async function cancelDeferred(): Promise<void> {
  const was = open;
  open = null;
  if (!was) return;
  was.controller.abort();
  await Promise.all([...was.loads.values()].map((p) => p.catch(() => undefined)));
}

/**
 * Loads deferred tables of the open dataset, once each: a second caller waits for the first. A table
 * the dataset does not have gives no entry. A failed load is forgotten, so a later call tries again.
 */
export async function ensureDeferred(
  conn: AsyncDuckDBConnection,
  tables: readonly DeferredTable[],
  onProgress: (p: LoadProgress) => void = () => {},
): Promise<LateLoad[]> {
  const d = open;
  if (!d) return [];
  const out: LateLoad[] = [];
  for (const table of tables) {
    const source = d.sources.get(table);
    if (!source) continue;
    let load = d.loads.get(table);
    if (!load) {
      const started = performance.now();
      load = (
        table === 'ngrams' ? loadGramIndex(d, source) : loadEmbeddings(conn, d, source, onProgress)
      ).then((r) => ({ generation: d.generation, table, millis: performance.now() - started, ...r }));
      d.loads.set(table, load);
      load.catch(() => d.loads.delete(table));
    }
    out.push(await load);
  }
  return out;
}

type Loaded = Pick<LateLoad, 'rows' | 'notices' | 'fromCache'>;

async function loadEmbeddings(
  conn: AsyncDuckDBConnection,
  d: NonNullable<typeof open>,
  source: TableSource,
  onProgress: (p: LoadProgress) => void,
): Promise<Loaded> {
  const signal = d.controller.signal;
  const target = `${d.schema}.${quoteIdent('embeddings')}`;
  const notices: LoadNotice[] = [];
  // The views read an empty placeholder until now.
  await conn.query(`DROP TABLE IF EXISTS ${target}`);
  const cached = await d.cache?.restore(conn, d.schema, 'embeddings', notices, onProgress, signal);
  const rows = { embeddings: cached ?? (await d.readTable(source, signal, onProgress, notices)) };
  // The file's own notices go with the save; the checks run again on every restore.
  if (cached == null) await d.cache?.saveLate(conn, d.schema, 'embeddings', rows.embeddings, [...notices]);
  if (signal.aborted) throw new DOMException('Loading was cancelled.', 'AbortError');
  for (const n of await checkEmbeddings(conn, d.schema, rows)) notices.push(n);
  return { rows: rows.embeddings, notices, fromCache: cached != null };
}

/**
 * Decodes the n-gram index (see gram-index-file.ts). It only saves time: an index that cannot be
 * read is reported, and lexical turnover tokenises the texts instead. It never throws.
 */
async function loadGramIndex(d: NonNullable<typeof open>, source: TableSource): Promise<Loaded> {
  const info = d.manifest?.ngramIndex;
  const keep = (file: GramIndexFile | null) => {
    gramIndex = { generation: d.generation, file };
  };
  if (d.sampled || !readable(info)) {
    keep(null);
    return { rows: 0, notices: [], fromCache: false };
  }
  const signal = d.controller.signal;
  try {
    let bytes = await d.cache?.restoreBytes('ngrams', signal);
    const fromCache = !!bytes;
    if (!bytes) {
      bytes =
        'url' in source
          ? await fetchBytes(source.url, source.file, signal, () => {}, d.cap)
          : new Uint8Array(await source.blob.arrayBuffer());
      d.cache?.saveLateBytes('ngrams', bytes);
    }
    keep(await decodeGramIndex(bytes, source.file, info));
    return { rows: 1, notices: [], fromCache };
  } catch (e) {
    if (signal.aborted) throw e;
    keep(null);
    return {
      rows: 0,
      notices: [
        {
          table: 'ngrams',
          message: `${source.file}: could not be read (${e instanceof Error ? e.message : String(e)}); lexical turnover will tokenise the texts instead.`,
        },
      ],
      fromCache: false,
    };
  }
}
