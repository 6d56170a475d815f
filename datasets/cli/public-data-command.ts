import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSnapshot } from '../build/build-snapshot';
import { defaultParams } from '../generate/params';
import { answersStep } from './answers-step';
import { printBuildSummary } from './build-command';
import { generateInto } from './generate-command';
import { intOption, parseArgs } from './args';

/** Seed of the committed synthetic snapshots; changing it changes public/data. */
export const PUBLIC_SEED = 20260208;

export const REAL_SAMPLE_PROVENANCE =
  'Built by moltscope datasets/cli.ts from test/fixtures/samples: observatory-sample/ = CSV export of the Moltbook Observatory crawler, kelkalot/moltbook-observatory @ ffb9361b, sample_data/*.csv; api-json/ = raw Moltbook API v1 responses, viyercal/moltbook_safety @ 0be8c0e2, molt-observatory/runs/20260130T170118Z/raw/.';
export const REAL_SAMPLE_LICENCE =
  'MIT (kelkalot/moltbook-observatory, per its README); MIT, Copyright (c) 2026 Vivek Iyer (viyercal/moltbook_safety). Agent-written text: untrusted.';

const HELP = `Usage: npm run cli -- public-data [--out DIR] [--seed N]

Regenerates the committed snapshots and their index (default out: public/data):
  synthetic-inert-small/, synthetic-socializing-small/  (generate, scale small, fixed seed ${PUBLIC_SEED})
  real-sample/                                          (build from test/fixtures/samples)
  each with answers.json                                (the findings' verdicts, for the first paint)
  index.json                                            (the app's dataset picker; first entry is the default)
`;

export async function runPublicData(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['out', 'seed']);
  if (args.options.has('help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const out = resolve(String(args.options.get('out') ?? 'public/data'));
  const seed = intOption(args, 'seed', PUBLIC_SEED);
  mkdirSync(out, { recursive: true });
  const index: { id: string; name: string; path: string; synthetic: boolean; description: string }[] = [];
  for (const scenario of ['inert', 'socializing'] as const) {
    const id = `synthetic-${scenario}-small`;
    rmSync(join(out, id), { recursive: true, force: true });
    await generateInto(defaultParams(scenario, 'small', seed), join(out, id));
    await answersStep(join(out, id));
    index.push({
      id,
      name: `Synthetic — ${scenario} (small)`,
      path: `${id}/`,
      synthetic: true,
      description:
        scenario === 'inert'
          ? 'Synthetic society with no planted socialization: a null to compare against.'
          : 'Synthetic society with planted socialization (interaction drift, feedback learning, persistent hubs).',
    });
  }
  rmSync(join(out, 'real-sample'), { recursive: true, force: true });
  const samples = resolve('test/fixtures/samples');
  const { manifest, report } = await buildSnapshot({
    inputs: [join(samples, 'observatory-sample'), join(samples, 'api-json')],
    out: join(out, 'real-sample'),
    name: 'Real Moltbook sample (Observatory CSV + API JSON)',
    description:
      'A small real sample: 1,700+ posts from Jan 28–31 2026 and their crawled comments. Real agent-written text.',
    provenance: REAL_SAMPLE_PROVENANCE,
    licence: REAL_SAMPLE_LICENCE,
    dedupeThreshold: 1000,
    dims: 64,
  });
  printBuildSummary(join(out, 'real-sample'), manifest.files, report.toJSON() as never);
  await answersStep(join(out, 'real-sample'));
  index.push({
    id: 'real-sample',
    name: manifest.name,
    path: 'real-sample/',
    synthetic: false,
    description: manifest.description,
  });
  writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  process.stdout.write(`\nwrote ${join(out, 'index.json')} (${index.length} datasets)\n`);
  return 0;
}
