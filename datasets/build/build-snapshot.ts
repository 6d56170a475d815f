import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHashingEmbedder } from '../../src/core/embed/hashing-embedder';
import type { EmbeddingInfo, Manifest, SyntheticInfo } from '../../src/core/snapshot/manifest';
import { SnapshotWriter } from '../snapshot/writer';
import { importParquet } from './aicell-parquet';
import { BuildReport } from './build-report';
import { detectInputs } from './detect';
import { importExternalVectors, type VectorItem } from './external-embeddings';
import { importJsonFile, importJsonl } from './jsonl';
import { normalise, type CleanDataset } from './normalise';
import { importObservatory } from './observatory-csv';
import { emptyDataset, type RawDataset } from './raw';

export interface BuildOptions {
  inputs: string[];
  out: string;
  name: string;
  description: string;
  provenance: string;
  licence: string;
  dedupeThreshold: number;
  /** External vectors (Parquet or JSONL keyed by id), reduced by PCA; otherwise the hashing embedder. */
  embeddings?: string;
  dims: number;
  /** Set when the input is known to be generated (build --synthetic): the app shows its banner. */
  synthetic?: SyntheticInfo | null;
}

/** Reads every input into one raw dataset, noting per input what it held. */
export async function loadInputs(paths: string[], report: BuildReport): Promise<RawDataset> {
  const raw = emptyDataset();
  for (const input of detectInputs(paths)) {
    const before = { posts: raw.posts.length, comments: raw.comments.length };
    if (input.format === 'observatory') importObservatory(input.path, raw, report);
    else if (input.format === 'api-json') importJsonFile(input.path, raw, report);
    else if (input.format === 'jsonl') importJsonl(input.path, raw, report);
    else await importParquet(input.path, input.format === 'aicell-posts' ? 'posts' : 'comments', raw, report);
    report.inputs.push({
      // Relative to where the build ran: the report is committed and must not carry this machine's paths.
      path: relative(process.cwd(), input.path),
      format: input.format,
      posts: raw.posts.length - before.posts,
      comments: raw.comments.length - before.comments,
    });
  }
  return raw;
}

export async function buildSnapshot(
  opts: BuildOptions,
): Promise<{ manifest: Manifest; report: BuildReport; clean: CleanDataset }> {
  const report = new BuildReport();
  const raw = await loadInputs(opts.inputs, report);
  const clean = normalise(raw, { dedupeThreshold: opts.dedupeThreshold }, report);
  if (clean.posts.length === 0)
    throw new Error('no valid posts in the input: nothing to build (see the build report)');

  let embedding: EmbeddingInfo;
  let writer: SnapshotWriter;
  if (opts.embeddings) {
    const items = new Map<string, VectorItem>();
    for (const p of clean.posts) items.set(p.id, { time: p.created_at, kind: 'post' });
    for (const c of clean.comments) items.set(c.id, { time: c.created_at, kind: 'comment' });
    const ext = await importExternalVectors(opts.embeddings, items, opts.dims, report);
    writer = new SnapshotWriter(opts.out, null);
    ext.ids.forEach((id, i) => {
      const item = items.get(id)!;
      writer.addVector(id, item.kind, item.time, ext.vectors, i * ext.dimensions, ext.dimensions);
    });
    const covered = new Set(ext.ids);
    for (const id of items.keys())
      if (!covered.has(id)) report.note('repaired', 'item without an external vector (no embedding row)', id);
    embedding = {
      model: `external:${opts.embeddings.split('/').pop()}`,
      method: ext.method,
      dimensions: ext.dimensions,
      ...ext.info,
    };
  } else {
    const embedder = createHashingEmbedder({ dimensions: opts.dims });
    writer = new SnapshotWriter(opts.out, embedder);
    embedding = { model: embedder.model, method: embedder.method, dimensions: embedder.dimensions };
  }
  try {
    for (const s of clean.submolts) writer.addSubmolt(s);
    for (const a of clean.agents) writer.addAgent(a);
    for (const p of clean.posts) writer.addPost(p);
    for (const c of clean.comments) writer.addComment(c);
  } catch (e) {
    writer.abort();
    throw e;
  }
  const { manifest } = await writer.finish({
    name: opts.name,
    description: opts.description,
    provenance: opts.provenance,
    licence: opts.licence,
    synthetic: opts.synthetic ?? null,
    embedding,
  });
  writeFileSync(join(opts.out, 'build-report.json'), JSON.stringify(report, null, 2) + '\n');
  return { manifest, report, clean };
}
