/**
 * The snapshot builder: inputs → staging tables (datasets/build/import) → clean tables
 * (stage/normalise-sql.ts) → vectors (built-in embedder or imported) → Parquet files, n-gram index
 * and manifest (stage/write-staged.ts). Every phase runs inside an on-disk DuckDB database in a
 * temporary folder, so the build's memory does not grow with the input.
 *
 * The snapshot is written to a folder of its own and moved into --out only when complete: a failed
 * build leaves in --out nothing but build-report.json, which says what was read and refused.
 */
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHashingEmbedder } from '../../src/core/embed/hashing-embedder';
import type { EmbeddingInfo, Manifest, SyntheticInfo } from '../../src/core/snapshot/manifest';
import { TABLE_NAMES } from '../../src/core/snapshot/tables';
import type { TimeWindow } from '../../src/core/snapshot/time-window';
import { BuildReport } from './build-report';
import { importInputs } from './import';
import { embedExternal, embedStaged } from './stage/embed-staged';
import { normaliseStaged, type CleanCounts } from './stage/normalise-sql';
import { Stage } from './stage/stage';
import { writeStaged } from './stage/write-staged';

export interface BuildOptions {
  inputs: string[];
  out: string;
  name: string;
  description: string;
  provenance: string;
  licence: string;
  dedupeThreshold: number;
  /** External vectors (Parquet or JSONL keyed by id), reduced without centring; otherwise the hashing embedder. */
  embeddings?: string;
  dims: number;
  /** Set when the input is known to be generated (build --synthetic): the app shows its banner. */
  synthetic?: SyntheticInfo | null;
  /** DuckDB worker threads (default: DuckDB's, the number of cores). */
  threads?: number;
  /** DuckDB memory limit such as "2GB" (default DEFAULT_MEMORY_LIMIT); DuckDB spills to disk past it. */
  memoryLimit?: string;
  /** The platform window the manifest will carry (the n-gram index leaves items outside it out). */
  timeWindow?: TimeWindow;
  /** Told when each phase starts and how far it is. */
  progress?: BuildProgress;
}

/** What the builder tells about its phases (datasets/cli/progress.ts draws it). */
export interface BuildProgress {
  phase(name: string, total: number | null): void;
  advance(done: number): void;
  end(): void;
}

/** DuckDB's memory when not told: leaves room for Node within a 3 GB build. */
export const DEFAULT_MEMORY_LIMIT = '1500MB';

/** Files a snapshot folder may hold: cleared before a build writes one (and after a failed one). */
const SNAPSHOT_FILES = ['manifest.json', ...TABLE_NAMES.map((t) => `${t}.parquet`)];

export const REPORT_FILE = 'build-report.json';

function clearSnapshot(out: string): void {
  for (const f of SNAPSHOT_FILES) rmSync(join(out, f), { force: true });
}

/** Moves the written files into `out` (a rename on one file system, else a copy). */
function moveInto(from: string, out: string): void {
  for (const f of readdirSync(from)) {
    try {
      renameSync(join(from, f), join(out, f));
    } catch {
      copyFileSync(join(from, f), join(out, f));
      rmSync(join(from, f), { force: true });
    }
  }
}

export async function buildSnapshot(
  opts: BuildOptions,
): Promise<{ manifest: Manifest; report: BuildReport; counts: CleanCounts }> {
  const report = new BuildReport();
  const reportPath = join(opts.out, REPORT_FILE);
  const progress = opts.progress;
  mkdirSync(opts.out, { recursive: true });
  clearSnapshot(opts.out);
  let stage: Stage | null = null;
  // Interrupted (Ctrl-C, kill): the staging folder can be gigabytes; remove it on the way out.
  const onSignal = (signal: NodeJS.Signals) => {
    if (stage) rmSync(stage.dir, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    stage = await Stage.open({
      threads: opts.threads,
      memoryLimit: opts.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
    });
    progress?.phase('import', null);
    const outcomes = await importInputs(opts.inputs, stage, report);
    progress?.advance(
      outcomes.reduce((n, o) => n + Object.values(o.rows).reduce((a, b) => a + (b ?? 0), 0), 0),
    );
    progress?.phase('normalise', null);
    const counts = await normaliseStaged(stage.conn, { dedupeThreshold: opts.dedupeThreshold }, report);
    progress?.advance(counts.posts + counts.comments + counts.agents + counts.submolts);
    if (counts.posts === 0)
      throw new Error(`no valid posts in the input: nothing to build (see the build report, ${reportPath})`);
    const items = counts.posts + counts.comments;
    let embedding: EmbeddingInfo;
    progress?.phase('embed', items);
    const tick = (done: number) => progress?.advance(done);
    if (opts.embeddings) {
      const ext = await embedExternal(stage, opts.embeddings, opts.dims, report, tick);
      embedding = {
        model: `external:${opts.embeddings.split('/').pop()}`,
        method: ext.method,
        dimensions: ext.dimensions,
        ...ext.info,
      };
    } else {
      const embedder = createHashingEmbedder({ dimensions: opts.dims });
      await embedStaged(stage, embedder, tick);
      embedding = { model: embedder.model, method: embedder.method, dimensions: embedder.dimensions };
    }
    progress?.phase('write', null);
    const written = stage.path('out');
    mkdirSync(written);
    const manifest = await writeStaged(stage, {
      out: written,
      meta: {
        name: opts.name,
        description: opts.description,
        provenance: opts.provenance,
        licence: opts.licence,
        synthetic: opts.synthetic ?? null,
        embedding,
      },
      vectors: true,
      vectorsFirst: Boolean(opts.embeddings),
      timeWindow: opts.timeWindow,
    });
    progress?.end();
    moveInto(written, opts.out);
    writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n');
    return { manifest, report, counts };
  } catch (e) {
    clearSnapshot(opts.out);
    writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n');
    const message = (e as Error).message ?? String(e);
    if (message.includes(reportPath)) throw e;
    throw new Error(`${message} (see the build report, ${reportPath})`, { cause: e });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    stage?.close();
  }
}
