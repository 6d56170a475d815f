import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Embedder } from '../../src/core/embed/hashing-embedder';
import { quantize } from '../../src/core/embed/quantize';
import { postText } from '../../src/core/text/tokenize';
import { SCHEMA_VERSION, type Manifest, type ManifestFile } from '../../src/core/snapshot/manifest';
import { validateManifest } from '../../src/core/snapshot/validate-manifest';
import { NdjsonSink } from './ndjson-sink';
import { writeGramIndex } from './gram-index';
import { ndjsonToParquet, type SnapshotTable } from './parquet-copy';
import type { AgentRow, CommentRow, PostRow, SubmoltRow } from './rows';

export type ManifestMeta = Omit<Manifest, 'schemaVersion' | 'files' | 'dateRange' | 'createdAt'> & {
  createdAt?: string;
};

export interface WriteResult {
  manifest: Manifest;
  dir: string;
}

/**
 * The manifest of a snapshot whose items span `minTime`..`maxTime` (epoch ms; ±Infinity when it
 * has none). `createdAt` is derived from the data, not the clock, so rebuilding the same input
 * gives the same bytes.
 */
export function snapshotManifest(
  meta: ManifestMeta,
  files: Manifest['files'],
  minTime: number,
  maxTime: number,
  ngramIndex: Manifest['ngramIndex'],
): Manifest {
  const iso = (ms: number): string => new Date(ms).toISOString();
  const hasData = Number.isFinite(minTime);
  return {
    schemaVersion: SCHEMA_VERSION,
    name: meta.name,
    description: meta.description,
    provenance: meta.provenance,
    licence: meta.licence,
    synthetic: meta.synthetic,
    files,
    dateRange: { start: hasData ? iso(minTime) : iso(0), end: hasData ? iso(maxTime) : iso(0) },
    embedding: meta.embedding ?? null,
    ngramIndex,
    createdAt: meta.createdAt ?? (hasData ? iso(maxTime) : iso(0)),
  };
}

/**
 * Streams rows of one snapshot to temporary NDJSON files, embedding texts on the way, then writes
 * the Parquet files and manifest.json. Memory stays flat whatever the number of rows.
 */
export class SnapshotWriter {
  private readonly tmp: string;
  private readonly sinks = new Map<SnapshotTable, NdjsonSink>();
  private readonly vec: Float32Array;
  private minTime = Infinity;
  private maxTime = -Infinity;

  constructor(
    readonly dir: string,
    private readonly embedder: Embedder | null,
    /** Also write the n-gram index (ngrams.parquet) when posts and comments are written. */
    private readonly gramIndex = true,
  ) {
    mkdirSync(dir, { recursive: true });
    this.tmp = mkdtempSync(join(tmpdir(), 'moltscope-'));
    this.vec = new Float32Array(embedder?.dimensions ?? 1);
  }

  private sink(table: SnapshotTable): NdjsonSink {
    let s = this.sinks.get(table);
    if (!s) {
      s = new NdjsonSink(join(this.tmp, `${table}.ndjson`));
      this.sinks.set(table, s);
    }
    return s;
  }

  private seen(t: number): void {
    if (t < this.minTime) this.minTime = t;
    if (t > this.maxTime) this.maxTime = t;
  }

  addPost(row: PostRow): void {
    this.seen(row.created_at);
    this.sink('posts').write(row);
    if (this.embedder) this.embed(row.id, 'post', row.created_at, postText(row.title, row.content));
  }

  addComment(row: CommentRow): void {
    this.seen(row.created_at);
    this.sink('comments').write(row);
    if (this.embedder) this.embed(row.id, 'comment', row.created_at, row.content ?? '');
  }

  addAgent(row: AgentRow): void {
    this.sink('agents').write(row);
  }

  addSubmolt(row: SubmoltRow): void {
    this.sink('submolts').write(row);
  }

  /** A precomputed unit vector (e.g. imported and PCA-reduced), for writers without an embedder. */
  addVector(
    id: string,
    kind: 'post' | 'comment',
    time: number,
    v: Float32Array,
    offset = 0,
    dims = v.length,
  ): void {
    const q = quantize(v, offset, dims);
    this.sink('embeddings').write({ id, kind, t: time, vec: Array.from(q.vec), scale: q.scale });
  }

  private embed(id: string, kind: 'post' | 'comment', time: number, text: string): void {
    this.embedder!.embedInto(text, this.vec, 0);
    this.addVector(id, kind, time, this.vec);
  }

  rowCount(table: SnapshotTable): number {
    return this.sinks.get(table)?.rows ?? 0;
  }

  /** Writes Parquet and the manifest; `onTable` reports progress per finished file. */
  async finish(
    meta: ManifestMeta,
    onTable?: (table: SnapshotTable | 'ngrams', file: ManifestFile) => void,
  ): Promise<WriteResult> {
    const files: Manifest['files'] = {};
    try {
      for (const [table, sink] of this.sinks) {
        sink.close();
        const path = `${table}.parquet`;
        const bytes = await ndjsonToParquet(table, sink.path, join(this.dir, path));
        files[table] = { path, rows: sink.rows, bytes };
        onTable?.(table, files[table]!);
      }
    } finally {
      rmSync(this.tmp, { recursive: true, force: true });
    }
    let ngramIndex: Manifest['ngramIndex'] = null;
    if (this.gramIndex && files.posts && files.comments) {
      const index = await writeGramIndex(this.dir);
      files.ngrams = { path: index.path, rows: index.rows, bytes: index.bytes };
      ngramIndex = index.info;
      onTable?.('ngrams', files.ngrams);
    }
    const manifest = snapshotManifest(meta, files, this.minTime, this.maxTime, ngramIndex);
    validateManifest(JSON.parse(JSON.stringify(manifest)));
    writeFileSync(join(this.dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    return { manifest, dir: this.dir };
  }

  /** Drops temporary files without writing anything (on failure). */
  abort(): void {
    for (const sink of this.sinks.values()) {
      try {
        sink.close();
      } catch {
        // already closed
      }
    }
    rmSync(this.tmp, { recursive: true, force: true });
  }
}
