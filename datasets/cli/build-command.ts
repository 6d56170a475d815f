import { resolve } from 'node:path';
import { buildSnapshot, DEFAULT_MEMORY_LIMIT } from '../build/build-snapshot';
import { answersStep } from './answers-step';
import { VECTOR_LAYOUTS } from '../build/external-embeddings';
import { intOption, listOption, parseArgs } from './args';
import { declaredSynthetic, findInputExtras, syntheticFromTruth } from './input-extras';
import { PhaseProgress, table } from './progress';
import { stampTimeWindow, windowHelp, WINDOW_OPTIONS, windowOption } from './time-window-option';

export const BUILD_HELP = `Usage: npm run build:snapshot -- --input PATH [--input PATH ...] --out DIR [options]

Builds a snapshot from real Moltbook exports. Each file's table and layout are recognised from
its columns (the file name only breaks ties), and it is streamed into the build's staging database:
  *.parquet (one file or many shards)  AIcell/moltbook-data (the paper's dataset, contract names);
                                       TrustAIRLab/Moltbook (STRUCT column "post"); MoltNet,
                                       PaDaS-Lab and SimulaMet archive tables when their columns fit
                                       (refused with the columns found otherwise)
  *.jsonl / *.ndjson                   jscmp4/Moltbook posts_all, comments_all, agents_seen (read by
                                       DuckDB out of core, any size); lines of API responses,
                                       {comment: ...} or mixed records (walked one line at a time)
  *.json                               API responses: {posts: [...]}, GET /posts/{id} {post, comments}
                                       with nested replies, {comments: [...]}, {timestamp, data},
                                       agent profiles, {agents}/{submolts} lists; takschdube's
                                       posts_full.json (comments[].replies[])
  *.csv                                Observatory export tables (agent_name or author_name, submolt,
                                       net score), or any table with the columns above
  a directory                          searched recursively; README/LICENSE/CITATION/PROVENANCE,
                                       dotfiles, SQLite files (with how to convert them) and tables
                                       of no known layout are skipped and listed in the build report
  Field shapes: author and submolt as flat columns, nested objects or plain names (an author known
  by name alone gets author_id "name:<name>"); camelCase agents (followerCount…); a net score with
  no upvotes/downvotes becomes upvotes = max(score, 0), downvotes = max(-score, 0).

Options:
  --out DIR                 output snapshot directory (required)
  --name TEXT               dataset name (default: the output directory name)
  --description TEXT        shown in the app
  --provenance TEXT         where the data came from (required for the manifest; default "unknown")
  --licence TEXT            licence of the source data (default "unknown")
  --dedupe-threshold N      drop texts repeated more than N times (default 1000, as the paper; 0 = keep all)
  --embeddings FILE         external vectors, one per post/comment id (layouts below); a vectors
                            file inside an --input folder is found and used without this option
  --dims N                  snapshot embedding width (default 64). Vectors that fit are kept as they
                            are; wider ones are reduced WITHOUT centring (uncentred SVD), so cosines and
                            the shared direction survive; the manifest records the measured distortion.
                            --dims equal to the source width keeps the vectors exactly.
  --synthetic TEXT          the input is generated, not observed (TEXT says by what): the app shows
                            its SYNTHETIC banner
  --synthetic-truth FILE    the same, read from a generator's truth file (JSON; a Moltscope manifest's
                            "synthetic" block or {generator, scenario, seed, parameters}); a
                            *truth*.json or a synthetic manifest.json inside an --input folder is used too
  --threads N               DuckDB worker threads (default: one per core)
  --memory-limit SIZE       DuckDB memory limit, e.g. 2GB or 800MB (default ${DEFAULT_MEMORY_LIMIT}); DuckDB
                            spills to the build's temporary folder past it, so the build's memory
                            stays about this plus a few hundred MB for Node, whatever the input size
  --no-answers              skip answers.json (every finding's verdict on the whole snapshot, which
                            the Findings page shows before its engine has loaded)
${windowHelp(28)}  --help                    this text

Vector layouts accepted by --embeddings (and recognised in an --input folder):
${VECTOR_LAYOUTS}
  Vectors of ids not in the snapshot, repeated ids and vectors of another length are counted
  as rejected; items without a vector are counted too.

Every repair or rejection is counted in the summary and in DIR/build-report.json.
`;

export async function runBuild(argv: string[]): Promise<number> {
  const args = parseArgs(
    argv,
    [
      'input',
      'out',
      'name',
      'description',
      'provenance',
      'licence',
      'dedupe-threshold',
      'embeddings',
      'dims',
      'synthetic',
      'synthetic-truth',
      'threads',
      'memory-limit',
      ...WINDOW_OPTIONS,
    ],
    ['no-answers'],
  );
  if (args.options.has('help')) {
    process.stdout.write(BUILD_HELP);
    return 0;
  }
  const extras = await findInputExtras(listOption(args, 'input').concat(args.positional));
  const inputs = extras.inputs;
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
  // Checked before the long build, not after it.
  const window = windowOption(args);
  let embeddings = str('embeddings', '') || undefined;
  if (!embeddings && extras.vectors.length > 1)
    throw new Error(
      `more than one vectors file in the input: ${extras.vectors.join(', ')} (pass one with --embeddings)`,
    );
  for (const v of extras.vectors) {
    if (embeddings && resolve(v) !== resolve(embeddings))
      process.stdout.write(`vectors: ${v} in the input folder is not used (--embeddings ${embeddings})\n`);
  }
  if (!embeddings && extras.vectors.length === 1) {
    embeddings = extras.vectors[0];
    process.stdout.write(`vectors: ${embeddings} (found in the input folder)\n`);
  }
  // An explicit truth file, else one found in an input folder, else the bare declaration.
  const truth = str('synthetic-truth', '') || extras.truth[0];
  const described = str('synthetic', '');
  const synthetic = truth ? syntheticFromTruth(truth) : described ? declaredSynthetic(described) : null;
  if (synthetic) {
    process.stdout.write(
      `synthetic: ${synthetic.generator}${truth ? ` (truth file ${truth})` : ''}; the app will show the SYNTHETIC banner\n`,
    );
  }
  const threads = args.options.has('threads') ? intOption(args, 'threads', 0) : undefined;
  if (threads === 0) throw new Error('--threads must be at least 1');
  const memoryLimit = str('memory-limit', '') || undefined;
  const progress = new PhaseProgress('build');
  const { manifest, report } = await buildSnapshot({
    inputs,
    out,
    name: str('name', out.split('/').pop() ?? 'snapshot'),
    description: str('description', ''),
    provenance: str('provenance', 'unknown'),
    licence: str('licence', 'unknown'),
    dedupeThreshold: intOption(args, 'dedupe-threshold', 1000),
    embeddings,
    dims: intOption(args, 'dims', 64),
    synthetic,
    threads,
    memoryLimit,
    timeWindow: window ?? undefined,
    progress,
  });
  if (window) stampTimeWindow(out, window);
  if (!args.options.has('no-answers')) await answersStep(out);
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
