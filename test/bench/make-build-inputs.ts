/**
 * Paper-scale inputs in every layout `build` accepts, for the build benchmark (build-scale.ts),
 * made from a generated snapshot with DuckDB SQL (streamed; no row passes through JavaScript):
 *
 *   npx tsx test/bench/make-build-inputs.ts --from /tmp/paper-gen --out /tmp/build-inputs
 *     [--seed 7] [--comments 10000000] [--only aicell,vectors,jsonl]
 *
 * Writes aicell/ (posts + comments Parquet), aicell-shards/ (the same split in 3 shards each),
 * vectors/vectors.parquet (id + vec, 384 floats, for every post and comment), jscmp4/ (posts_all.jsonl
 * and comments_all.jsonl with --comments comments) and inputs.json (what was written, with row
 * counts). Deterministic: the same snapshot and seed give the same files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeAicell } from './build-inputs/aicell.ts';
import { scalar, withDuckDB, parquet } from './build-inputs/duckdb.ts';
import { writeJscmp4 } from './build-inputs/jscmp4.ts';
import { writeVectors } from './build-inputs/vectors.ts';

export const LAYOUTS = ['aicell', 'vectors', 'jsonl'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface BuildInputs {
  from: string;
  seed: number;
  posts: number;
  comments: number;
  aicell?: { whole: string; shards: string };
  vectors?: { path: string; rows: number };
  jsonl?: { dir: string; posts: number; comments: number };
}

export const INPUTS_FILE = 'inputs.json';

export interface MakeInputsOptions {
  from: string;
  out: string;
  seed: number;
  comments: number;
  only: Layout[];
}

export function parseOptions(argv: string[]): MakeInputsOptions {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const from = value('--from');
  const out = value('--out');
  if (!from || !out)
    throw new Error(
      'usage: make-build-inputs.ts --from SNAPSHOT --out DIR [--seed N] [--comments N] [--only aicell,vectors,jsonl]',
    );
  if (!existsSync(join(from, 'manifest.json')))
    throw new Error(`${from} is not a snapshot (no manifest.json)`);
  const only = (value('--only')?.split(',') ?? [...LAYOUTS]) as Layout[];
  for (const l of only)
    if (!LAYOUTS.includes(l)) throw new Error(`unknown layout ${l}: ${LAYOUTS.join(', ')}`);
  const int = (name: string, fallback: number) => {
    const n = Number(value(name) ?? fallback);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
    return n;
  };
  return {
    from: resolve(from),
    out: resolve(out),
    seed: int('--seed', 7),
    comments: int('--comments', 10_000_000),
    only,
  };
}

/** Writes the chosen layouts and inputs.json; returns what inputs.json records. */
export async function makeBuildInputs(o: MakeInputsOptions): Promise<BuildInputs> {
  mkdirSync(o.out, { recursive: true });
  const record = join(o.out, INPUTS_FILE);
  const previous = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as BuildInputs) : null;
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await work();
    console.error(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return r;
  };
  return withDuckDB(async (con) => {
    const count = (kind: string) =>
      scalar(con, `SELECT count(*) FROM ${parquet(join(o.from, `${kind}.parquet`))}`);
    // Layouts not remade this time keep their entry from an earlier run with the same source.
    const kept = previous?.from === o.from && previous.seed === o.seed ? previous : null;
    const inputs: BuildInputs = {
      ...kept,
      from: o.from,
      seed: o.seed,
      posts: await count('posts'),
      comments: await count('comments'),
    };
    if (o.only.includes('aicell'))
      inputs.aicell = await timed('aicell', () => writeAicell(con, o.from, o.out, o.seed));
    if (o.only.includes('vectors')) {
      mkdirSync(join(o.out, 'vectors'), { recursive: true });
      inputs.vectors = await timed('vectors', () => writeVectors(con, o.from, o.out, o.seed));
    }
    if (o.only.includes('jsonl'))
      inputs.jsonl = await timed('jsonl', () => writeJscmp4(con, o.from, o.out, o.seed, o.comments));
    writeFileSync(record, JSON.stringify(inputs, null, 2) + '\n');
    return inputs;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(JSON.stringify(await makeBuildInputs(parseOptions(process.argv.slice(2))), null, 2));
  } catch (e) {
    console.error(`make-build-inputs failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
