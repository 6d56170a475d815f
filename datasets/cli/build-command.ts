import { resolve } from 'node:path';
import { buildSnapshot } from '../build/build-snapshot';
import { intOption, listOption, parseArgs } from './args';
import { Progress, table } from './progress';

export const BUILD_HELP = `Usage: npm run build:snapshot -- --input PATH [--input PATH ...] --out DIR [options]

Builds a snapshot from real Moltbook exports. Inputs are recognised by layout:
  directory with moltbook_posts.csv    Observatory CSV export (posts, comments, agents, submolts)
  *.json                               raw API responses (GET /posts lists, GET /posts/{id} with nested replies)
  *.jsonl / *.ndjson                   one post, comment or API response per line
  *posts*.parquet / *comments*.parquet AIcell/moltbook-data layout (the paper's dataset)
  a directory                          every file in it, by the rules above

Options:
  --out DIR                 output snapshot directory (required)
  --name TEXT               dataset name (default: the output directory name)
  --description TEXT        shown in the app
  --provenance TEXT         where the data came from (required for the manifest; default "unknown")
  --licence TEXT            licence of the source data (default "unknown")
  --dedupe-threshold N      drop texts repeated more than N times (default 1000, as the paper; 0 = keep all)
  --embeddings FILE         external vectors (Parquet or JSONL: id + vector/embedding), PCA-reduced
  --dims N                  embedding dimensions (default 64)
  --help                    this text

Every repair or rejection is counted in the summary and in DIR/build-report.json.
`;

export async function runBuild(argv: string[]): Promise<number> {
  const args = parseArgs(argv, [
    'input',
    'out',
    'name',
    'description',
    'provenance',
    'licence',
    'dedupe-threshold',
    'embeddings',
    'dims',
  ]);
  if (args.options.has('help')) {
    process.stdout.write(BUILD_HELP);
    return 0;
  }
  const inputs = listOption(args, 'input').concat(args.positional);
  const outOpt = args.options.get('out');
  if (inputs.length === 0 || typeof outOpt !== 'string') {
    process.stderr.write(`build: --input and --out are required\n\n${BUILD_HELP}`);
    return 1;
  }
  const str = (name: string, fallback: string): string => {
    const v = args.options.get(name);
    return typeof v === 'string' ? v : fallback;
  };
  const out = resolve(outOpt);
  const progress = new Progress('build');
  const { manifest, report } = await buildSnapshot({
    inputs,
    out,
    name: str('name', out.split('/').pop() ?? 'snapshot'),
    description: str('description', ''),
    provenance: str('provenance', 'unknown'),
    licence: str('licence', 'unknown'),
    dedupeThreshold: intOption(args, 'dedupe-threshold', 1000),
    embeddings:
      typeof args.options.get('embeddings') === 'string' ? String(args.options.get('embeddings')) : undefined,
    dims: intOption(args, 'dims', 64),
  });
  progress.done();
  printBuildSummary(
    out,
    manifest.files,
    report.toJSON() as { issues: { what: string; action: string; count: number }[] },
  );
  return 0;
}

export function printBuildSummary(
  out: string,
  files: Record<string, { rows: number; bytes?: number } | undefined>,
  report: { issues: { what: string; action: string; count: number }[] },
): void {
  const rows: (string | number)[][] = [['table', 'rows', 'bytes']];
  for (const [name, f] of Object.entries(files)) if (f) rows.push([name, f.rows, f.bytes ?? '']);
  const issues: (string | number)[][] = [['action', 'count', 'what']];
  for (const i of report.issues) issues.push([i.action, i.count, i.what]);
  process.stdout.write(
    `\n${out}\n${table(rows)}\n\n${issues.length > 1 ? table(issues) : 'no repairs or rejections'}\n`,
  );
}
