/**
 * Moltscope dataset CLI: generate synthetic snapshots, build snapshots from real exports, report.
 * Every command prints --help; failures exit non-zero with a message naming the problem.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBuild } from './cli/build-command';
import { runGenerate } from './cli/generate-command';
import { runPublicData } from './cli/public-data-command';

const HELP = `Usage: tsx datasets/cli.ts <command> [options]

Commands:
  generate      synthetic society snapshot (npm run generate -- --help)
  build         snapshot from real exports: AIcell Parquet, API JSON, Observatory CSV, JSONL
                (npm run build:snapshot -- --help)
  report        diagnostics report of a snapshot (npm run report -- --help)
  public-data   regenerate everything in public/data/ with fixed seeds (npm run cli -- public-data)
`;

async function runReportCommand(argv: string[]): Promise<number> {
  const path = fileURLToPath(new URL('./report/index.ts', import.meta.url));
  if (!existsSync(path)) {
    process.stderr.write(
      'report: datasets/report/index.ts does not exist yet (it is being written separately).\n',
    );
    return 2;
  }
  const mod = (await import(path)) as { runReport?: (argv: string[]) => Promise<number> };
  if (typeof mod.runReport !== 'function') {
    process.stderr.write('report: datasets/report/index.ts does not export runReport(argv).\n');
    return 2;
  }
  return mod.runReport(argv);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'generate':
      return runGenerate(rest);
    case 'build':
      return runBuild(rest);
    case 'report':
      return runReportCommand(rest);
    case 'public-data':
      return runPublicData(rest);
    case undefined:
    case '--help':
    case 'help':
      process.stdout.write(HELP);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`unknown command "${command}"\n\n${HELP}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
