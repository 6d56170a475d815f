/**
 * Writes the snapshot straight from the clean tables of the staging database: each table by one
 * COPY in the snapshot's order and types (datasets/snapshot/parquet-copy.ts), the vectors from
 * `embeddings_out`, the n-gram index streamed from the clean tables, then manifest.json. Nothing
 * passes through JavaScript but the texts the embedder and the n-gram counter read, a chunk at a
 * time.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../../src/core/snapshot/manifest';
import type { TimeWindow } from '../../../src/core/snapshot/time-window';
import { validateManifest } from '../../../src/core/snapshot/validate-manifest';
import { writeGramIndexFrom } from '../../snapshot/gram-index';
import { copyToParquet, snapshotOrder, type SnapshotTable } from '../../snapshot/parquet-copy';
import { SQL_COLUMNS } from '../../snapshot/rows';
import { snapshotManifest, type ManifestMeta } from '../../snapshot/writer';
import { EMBEDDINGS_OUT } from './embed-staged';
import type { Stage } from './stage';

type ItemTable = Exclude<SnapshotTable, 'embeddings'>;

async function rowCount(stage: Stage, table: string): Promise<number> {
  const r = await stage.conn.runAndReadAll(`SELECT count(*) AS n FROM ${table}`);
  return Number(r.getRowObjectsJS()[0].n);
}

async function copyTable(stage: Stage, table: ItemTable, out: string): Promise<Manifest['files'][ItemTable]> {
  const cols = Object.keys(SQL_COLUMNS[table])
    .map((c) => `"${c}"`)
    .join(', ');
  const path = `${table}.parquet`;
  const bytes = await copyToParquet(
    stage.conn,
    `SELECT ${cols} FROM ${table} ${snapshotOrder(table)}`,
    join(out, path),
  );
  return { path, rows: await rowCount(stage, table), bytes };
}

export interface StagedWriteOptions {
  out: string;
  meta: ManifestMeta;
  /** Whether `embeddings_out` holds the vectors (written by embed-staged.ts). */
  vectors: boolean;
  /** Whether the vectors came before the items (imported), for the manifest's file order. */
  vectorsFirst: boolean;
  /** The window the n-gram index leaves items outside of (default: the app's default window). */
  timeWindow?: TimeWindow;
  /** Called as each file is written. */
  onFile?: (name: string, rows: number) => void;
}

export async function writeStaged(stage: Stage, opts: StagedWriteOptions): Promise<Manifest> {
  // The COPYs below sort; keep that order as the rows reach the file.
  await stage.conn.run(`SET preserve_insertion_order = true`);
  const files: Manifest['files'] = {};
  const vectors = async () => {
    if (!opts.vectors) return;
    const path = 'embeddings.parquet';
    const bytes = await copyToParquet(
      stage.conn,
      `SELECT id, kind, CAST(vec AS TINYINT[]) AS vec, scale FROM ${EMBEDDINGS_OUT} ${snapshotOrder('embeddings')}`,
      join(opts.out, path),
    );
    files.embeddings = { path, rows: await rowCount(stage, EMBEDDINGS_OUT), bytes };
    opts.onFile?.('embeddings', files.embeddings.rows);
  };
  if (opts.vectorsFirst) await vectors();
  // The order the streaming writer's files appeared in (the manifest lists them so).
  for (const table of ['submolts', 'agents', 'posts', 'comments'] as const) {
    if ((table === 'submolts' || table === 'agents') && (await rowCount(stage, table)) === 0) continue;
    // A snapshot without comments still has its (empty) comments file: the contract requires one.
    files[table] = await copyTable(stage, table, opts.out);
    opts.onFile?.(table, files[table]!.rows);
    if (table === 'posts' && !opts.vectorsFirst) await vectors();
  }
  const index = await writeGramIndexFrom(
    stage.conn,
    { posts: 'posts', comments: 'comments' },
    opts.out,
    opts.timeWindow,
  );
  files.ngrams = { path: index.path, rows: index.rows, bytes: index.bytes };
  opts.onFile?.('ngrams', index.rows);
  const span = (
    await stage.conn.runAndReadAll(
      `SELECT min(t) AS lo, max(t) AS hi FROM (
         SELECT epoch_ms(created_at) AS t FROM posts UNION ALL SELECT epoch_ms(created_at) FROM comments)`,
    )
  ).getRowObjectsJS()[0];
  const lo = span.lo === null ? Infinity : Number(span.lo);
  const hi = span.hi === null ? -Infinity : Number(span.hi);
  const manifest = snapshotManifest(opts.meta, files, lo, hi, index.info);
  validateManifest(JSON.parse(JSON.stringify(manifest)));
  writeFileSync(join(opts.out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
