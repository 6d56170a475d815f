import { resolve } from 'node:path';
import { checkEffects } from '../generate/check-effects';
import { generateSnapshot } from '../generate/generate';
import { SCALES, defaultParams, type Scenario } from '../generate/params';
import { intOption, parseArgs } from './args';
import { answersStep } from './answers-step';
import { Progress, table } from './progress';
import { stampTimeWindow, windowHelp, WINDOW_OPTIONS, windowOption } from './time-window-option';

export const GENERATE_HELP = `Usage: npm run generate -- [options]

Generates a synthetic Moltbook snapshot (agent-based simulation; deterministic for a seed).

Options:
  --scenario inert|socializing   planted effects (default inert)
  --scale ${Object.keys(SCALES).join('|')}          size preset (default small)
  --seed N                       random seed (default 42)
  --out DIR                      output directory (default datasets/out/synthetic-<scenario>-<scale>)
  --agents N                     override the number of posting agents
  --posts N                      override the number of posts
  --check                        afterwards, measure the planted effects from the written files
  --no-answers                   skip answers.json (the Findings page's answers before its engine loads)
${windowHelp(33)}  --help                         this text
`;

export async function runGenerate(argv: string[]): Promise<number> {
  const args = parseArgs(
    argv,
    ['scenario', 'scale', 'seed', 'out', 'agents', 'posts', ...WINDOW_OPTIONS],
    ['check', 'no-answers'],
  );
  if (args.options.has('help')) {
    process.stdout.write(GENERATE_HELP);
    return 0;
  }
  const scenario = String(args.options.get('scenario') ?? 'inert');
  if (scenario !== 'inert' && scenario !== 'socializing')
    throw new Error(`--scenario must be inert or socializing`);
  const scale = String(args.options.get('scale') ?? 'small');
  const params = defaultParams(scenario as Scenario, scale, intOption(args, 'seed', 42));
  params.postingAgents = intOption(args, 'agents', params.postingAgents);
  params.posts = intOption(args, 'posts', params.posts);
  if (params.postingAgents < 1 || params.posts < params.postingAgents) {
    throw new Error('need at least one agent and at least one post per posting agent (--posts ≥ --agents)');
  }
  const out = resolve(String(args.options.get('out') ?? `datasets/out/synthetic-${scenario}-${scale}`));
  const window = windowOption(args);
  await generateInto(params, out, args.options.has('check'));
  if (window) stampTimeWindow(out, window);
  if (!args.options.has('no-answers')) await answersStep(out);
  return 0;
}

export async function generateInto(
  params: ReturnType<typeof defaultParams>,
  out: string,
  check = false,
): Promise<void> {
  const sim = new Progress(`simulate ${params.scenario}/${params.scale}`);
  const write = new Progress('write parquet');
  const files: (string | number)[][] = [['table', 'rows', 'bytes']];
  const result = await generateSnapshot(params, out, {
    onSimulate: (done, total) => sim.update(done, total),
    onTable: (name, rows, bytes) => files.push([name, rows, bytes]),
  });
  sim.done(`${result.seconds.simulate.toFixed(1)}s simulate + embed`);
  write.done(`${result.seconds.write.toFixed(1)}s`);
  const calibration = result.manifest.synthetic?.calibration ?? {};
  const rows: (string | number)[][] = [['calibration', 'target', 'achieved']];
  for (const [k, v] of Object.entries(calibration)) rows.push([k, v.target, v.achieved.toFixed(4)]);
  process.stdout.write(`\n${out}\n${table(files)}\n\n${table(rows)}\n`);
  if (check) {
    const c = await checkEffects(out);
    const effects: (string | number)[][] = [['effect check', 'value']];
    for (const [k, v] of Object.entries(c)) effects.push([k, Number(v).toFixed(4)]);
    process.stdout.write(`\n${table(effects)}\n`);
  }
}
