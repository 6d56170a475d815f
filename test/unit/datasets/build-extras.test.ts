/**
 * Issue 15 item 3: a vectors file or a generator's truth file inside an --input folder is used
 * (not read as posts, not a reason to abort); --synthetic marks the manifest so the app shows its
 * banner; --help lists every vector layout the importer accepts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildReport } from '../../../datasets/build/build-report';
import { importExternalVectors, type VectorItem } from '../../../datasets/build/external-embeddings';
import { BUILD_HELP, runBuild } from '../../../datasets/cli/build-command';
import { findInputExtras } from '../../../datasets/cli/input-extras';
import { validateManifest } from '../../../src/core/snapshot/validate-manifest';
import { cleanInputs } from './clean-stage';

const SAMPLE = join(__dirname, '../../fixtures/samples/api-json');
const tmp = mkdtempSync(join(tmpdir(), 'moltscope-extras-'));
let ids: string[] = [];
let items = new Map<string, VectorItem>();

/** A deterministic 8-d vector per id. */
const vec = (i: number) => Array.from({ length: 8 }, (_, j) => Math.sin(i * 7 + j) + 0.5);

async function sql(q: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(q);
  conn.closeSync();
  db.closeSync();
}

/** A Parquet vectors file with the given column name and SQL type. */
async function writeParquet(path: string, column: string, type: string): Promise<void> {
  const rows = ids.map((id, i) => `('${id}', [${vec(i).join(',')}]::${type})`).join(',');
  await sql(`COPY (SELECT * FROM (VALUES ${rows}) t(id, ${column})) TO '${path}' (FORMAT parquet)`);
}

async function build(argv: string[]) {
  const out = join(tmp, `out-${Math.random().toString(36).slice(2)}`);
  const write = process.stdout.write;
  let printed = '';
  process.stdout.write = ((s: string) => ((printed += s), true)) as typeof process.stdout.write;
  try {
    expect(await runBuild([...argv, '--out', out])).toBe(0);
  } finally {
    process.stdout.write = write;
  }
  const manifest = validateManifest(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
  const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as {
    inputs: { path: string; format: string; layout?: string }[];
  };
  return { manifest, report, printed };
}

beforeAll(async () => {
  const clean = await cleanInputs([SAMPLE]);
  clean.stage.close();
  ids = [...clean.posts.map((p) => String(p.id)), ...clean.comments.map((c) => String(c.id))];
  items = new Map();
  for (const p of clean.posts) items.set(String(p.id), { time: Number(p.created_at), kind: 'post' });
  for (const c of clean.comments) items.set(String(c.id), { time: Number(c.created_at), kind: 'comment' });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('build --input folder with a vectors file', () => {
  it('uses a Parquet vectors file found in the folder instead of aborting', async () => {
    const dir = join(tmp, 'with-parquet');
    cpSync(SAMPLE, dir, { recursive: true });
    await writeParquet(join(dir, 'embeddings.parquet'), 'embedding', 'FLOAT[]');
    const { manifest, report, printed } = await build(['--input', dir]);
    expect(printed).toContain('found in the input folder');
    expect(manifest.embedding).toMatchObject({
      model: 'external:embeddings.parquet',
      reduction: 'identity',
      sourceDimensions: 8,
      dimensions: 8,
    });
    expect(manifest.files.embeddings?.rows).toBe(ids.length);
    // Not read as posts: listed as a vectors file, every other input an API JSON file.
    const vectors = report.inputs.filter((i) => i.path.endsWith('embeddings.parquet'));
    expect(vectors).toMatchObject([
      { posts: 0, comments: 0, skipped: expect.stringMatching(/^a vectors file/) },
    ]);
    const rest = report.inputs.filter((i) => !i.path.endsWith('embeddings.parquet'));
    expect(rest.length).toBe(11);
    expect(rest.every((i) => i.format === 'json' && i.layout === 'api-json')).toBe(true);
    expect(manifest.synthetic).toBeNull();
  });

  it('uses a JSONL vectors file and a truth file found in the folder', async () => {
    const dir = join(tmp, 'with-jsonl');
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(
      join(dir, 'vectors.jsonl'),
      ids.map((id, i) => JSON.stringify({ id, vec: vec(i) })).join('\n') + '\n',
    );
    writeFileSync(
      join(dir, 'truth.json'),
      JSON.stringify({
        generator: 'toy-sim 0.3',
        scenario: 'socializing',
        seed: 9,
        parameters: { drift: 0.1 },
      }),
    );
    const { manifest } = await build(['--input', dir]);
    expect(manifest.embedding?.model).toBe('external:vectors.jsonl');
    expect(manifest.synthetic).toMatchObject({
      generator: 'toy-sim 0.3',
      scenario: 'socializing',
      seed: 9,
      parameters: { drift: 0.1 },
    });
  });

  it('leaves a folder without extras as it is', async () => {
    expect(await findInputExtras([SAMPLE])).toEqual({ inputs: [SAMPLE], vectors: [], truth: [] });
  });
});

describe('build --synthetic', () => {
  it('marks the manifest synthetic (the app shows its banner whenever it is)', async () => {
    const { manifest, printed } = await build(['--input', SAMPLE, '--synthetic', 'LLM agents in a sandbox']);
    expect(manifest.synthetic).toEqual({
      generator: 'LLM agents in a sandbox',
      scenario: 'unknown',
      scale: 'unknown',
      seed: null,
      parameters: {},
    });
    expect(printed).toContain('SYNTHETIC banner');
  });

  it('reads a Moltscope manifest given as --synthetic-truth', async () => {
    const path = join(tmp, 'gen-manifest.json');
    const synthetic = {
      generator: 'moltscope-sim',
      scenario: 'inert',
      scale: 'small',
      seed: 42,
      parameters: { a: 1 },
    };
    writeFileSync(path, JSON.stringify({ name: 'x', synthetic }));
    const { manifest } = await build(['--input', SAMPLE, '--synthetic-truth', path]);
    expect(manifest.synthetic).toEqual(synthetic);
  });

  it('is absent from real builds', async () => {
    expect((await build(['--input', SAMPLE])).manifest.synthetic).toBeNull();
  });
});

describe('vector layouts', () => {
  it('--help lists every accepted layout', () => {
    for (const s of [
      'id',
      'vec',
      'vector',
      'embedding',
      'FLOAT[]',
      'FLOAT[n]',
      'DOUBLE[]',
      'JSONL',
      'Parquet',
    ])
      expect(BUILD_HELP).toContain(s);
  });

  for (const [column, type] of [
    ['vec', 'FLOAT[]'],
    ['vector', 'DOUBLE[]'],
    ['embedding', 'FLOAT[8]'],
    ['vec', 'DOUBLE[8]'],
  ] as const) {
    it(`imports Parquet ${column} ${type}`, async () => {
      const path = join(tmp, `v-${column}-${type.replace(/\W/g, '')}.parquet`);
      await writeParquet(path, column, type);
      const ext = await importExternalVectors(path, items, 64, new BuildReport());
      expect(ext.ids).toEqual(ids);
      expect(ext.dimensions).toBe(8);
      const v = vec(3);
      const n = Math.hypot(...v);
      for (let j = 0; j < 8; j++) expect(ext.vectors[3 * 8 + j]).toBeCloseTo(v[j] / n, 6);
    });
  }

  it('refuses a Parquet file without id + vector columns, naming the layouts', async () => {
    const path = join(tmp, 'not-vectors.parquet');
    await sql(`COPY (SELECT 'a' AS id, 1.5 AS score) TO '${path}' (FORMAT parquet)`);
    await expect(importExternalVectors(path, items, 64, new BuildReport())).rejects.toThrow(/FLOAT\[n\]/);
  });
});
