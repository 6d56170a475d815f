/**
 * The build benchmark (issue #15): `npm run build:snapshot` on each road at paper scale, and
 * `npm run report` on the paper snapshot, each in a child process under `/usr/bin/time -v`. One
 * line per road: wall time, peak RSS, rows built, load average at start and end. A failed road is
 * reported as a failure (exit status and the end of its stderr), never left out. Inputs come from
 * make-build-inputs.ts.
 *
 *   npm run bench:build [-- --inputs DIR] [--roads aicell,shards,vectors,jsonl,report] [--build-out DIR]
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INPUTS_FILE, type BuildInputs } from './make-build-inputs.ts';
import { measuredRun, type MeasuredRun } from './measured-run.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export const ROADS = ['aicell', 'shards', 'vectors', 'jsonl', 'report'] as const;
export type RoadName = (typeof ROADS)[number];

interface Road {
  name: RoadName;
  /** What the line calls it. */
  title: string;
  /** The npm command after `npm run -s`, or null when its inputs were not made. */
  argv: string[] | null;
  /** Where the built snapshot goes (build roads only). */
  out?: string;
}

export interface BuildBenchOptions {
  inputs: string;
  roads: RoadName[];
  /** Parent of the snapshots the roads build (each road's is removed before it runs). */
  buildOut: string;
}

export function parseBuildBenchArgs(argv: string[]): BuildBenchOptions {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const roads = (value('--roads')?.split(',') ?? [...ROADS]) as RoadName[];
  for (const r of roads) if (!ROADS.includes(r)) throw new Error(`unknown road ${r}: ${ROADS.join(', ')}`);
  return {
    inputs: resolve(value('--inputs') ?? join(ROOT, 'datasets/out/build-inputs')),
    roads,
    buildOut: resolve(value('--build-out') ?? join(tmpdir(), 'moltscope-bench-build')),
  };
}

function roadsOf(inputs: BuildInputs, o: BuildBenchOptions): Road[] {
  const build = (name: RoadName, title: string, input: string[] | null): Road => {
    const out = join(o.buildOut, name);
    return {
      name,
      title,
      out,
      argv: input && [
        'build:snapshot',
        '--',
        ...input,
        '--out',
        out,
        '--provenance',
        `make-build-inputs from ${inputs.from}`,
        '--licence',
        'MIT',
        '--synthetic',
        'Moltscope generator, grown by test/bench/make-build-inputs.ts',
        // Every item kept: the generator's comment templates repeat far more than the default
        // 1,000 times, so the default would drop about 60% of the comments and the road would not
        // run at paper scale.
        '--dedupe-threshold',
        '0',
      ],
    };
  };
  const all: Road[] = [
    build(
      'aicell',
      'AIcell Parquet (posts + comments)',
      inputs.aicell ? ['--input', inputs.aicell.whole] : null,
    ),
    build(
      'shards',
      'AIcell Parquet, 3 shards each',
      inputs.aicell ? ['--input', inputs.aicell.shards] : null,
    ),
    build(
      'vectors',
      `AIcell Parquet + external vectors (${inputs.vectors?.rows.toLocaleString('en-US') ?? '?'} × 384)`,
      inputs.aicell && inputs.vectors
        ? ['--input', inputs.aicell.whole, '--embeddings', inputs.vectors.path]
        : null,
    ),
    build(
      'jsonl',
      `jscmp4 JSONL (${inputs.jsonl?.comments.toLocaleString('en-US') ?? '?'} comments)`,
      inputs.jsonl ? ['--input', inputs.jsonl.dir] : null,
    ),
    {
      name: 'report',
      title: `report on ${inputs.from}`,
      argv: ['report', '--', inputs.from, '--out', join(o.buildOut, 'report.json')],
    },
  ];
  return all.filter((r) => o.roads.includes(r.name));
}

/** Rows in a built snapshot, from its manifest (posts + comments); null when there is none. */
function rowsBuilt(out: string): { posts: number; comments: number } | null {
  const path = join(out, 'manifest.json');
  if (!existsSync(path)) return null;
  const files = (JSON.parse(readFileSync(path, 'utf8')) as { files?: Record<string, { rows?: number }> })
    .files;
  return { posts: files?.posts?.rows ?? NaN, comments: files?.comments?.rows ?? NaN };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gib = (bytes: number) => (Number.isNaN(bytes) ? '?' : `${(bytes / 2 ** 30).toFixed(2)} GiB`);
const count = (n: number) => n.toLocaleString('en-US');

/** The report line of one run. */
export function roadLine(
  title: string,
  run: MeasuredRun,
  rows: { posts: number; comments: number } | null,
): string {
  const load = `load ${run.loadStart} → ${run.loadEnd}`;
  const figures = `${seconds(run.wallMs)}, peak RSS ${gib(run.peakRssBytes)}`;
  if (run.exitStatus !== 0) {
    const tail = run.stderrTail.map((l) => `    > ${l}`).join('\n');
    return `- ${title}: **FAILED** (exit ${run.exitStatus}) after ${figures}; ${load}\n${tail}`;
  }
  const built = rows ? `, ${count(rows.posts)} posts + ${count(rows.comments)} comments built` : '';
  return `- ${title}: ${figures}${built}; ${load}`;
}

/** Runs the chosen roads one after another and returns the report's lines. */
export async function buildScaleLines(o: BuildBenchOptions): Promise<string[]> {
  const record = join(o.inputs, INPUTS_FILE);
  if (!existsSync(record))
    return [
      `\n## Build at paper scale`,
      `- no inputs in ${o.inputs}: make them with \`npx tsx test/bench/make-build-inputs.ts --from SNAPSHOT --out ${o.inputs}\``,
    ];
  const inputs = JSON.parse(readFileSync(record, 'utf8')) as BuildInputs;
  const lines = [
    `\n## Build at paper scale`,
    `Source ${inputs.from}: ${count(inputs.posts)} posts, ${count(inputs.comments)} comments (seed ${inputs.seed}). Each road is \`npm run <script>\` in a child process under \`/usr/bin/time -v\`; load average 1/5/15 min.`,
  ];
  for (const road of roadsOf(inputs, o)) {
    if (!road.argv) {
      lines.push(`- ${road.title}: not run (its inputs were not made; see make-build-inputs.ts --only)`);
      continue;
    }
    if (road.out) rmSync(road.out, { recursive: true, force: true });
    console.error(`bench: ${road.name} …`);
    const run = await measuredRun(['npm', 'run', '-s', ...road.argv], ROOT);
    const line = roadLine(road.title, run, road.out ? rowsBuilt(road.out) : null);
    console.error(line);
    lines.push(line);
  }
  return lines;
}
