/** Command-line arguments of `npm run report`. */
export interface ReportArgs {
  dir: string;
  json: boolean;
  from?: string;
  to?: string;
  submolts: string[];
  probe?: string;
  /** Raw `--param diagnostic.name=value` items (parsed against the registry by params.ts). */
  params: string[];
  /** Write the JSON report to this file instead of stdout. */
  out?: string;
  help: boolean;
}

export const USAGE = `Usage: npm run report -- <snapshot-dir> [--json | --out FILE] [--param diagnostic.name=value]... [--from YYYY-MM-DD --to YYYY-MM-DD] [--submolt name]... [--probe post-id]

Prints every diagnostic of metrics.md §1–8 with its parameters (defaults of the spec, or --param).
  --json        one JSON object instead of tables, on stdout. npm prints its own "> moltscope…"
                banner on stdout: use \`npm run -s report -- DIR --json\` (or --out) to get JSON alone
  --out FILE    write the JSON object to FILE (tables are not printed)
  --param       override a parameter, e.g. --param influence.w=3 --param stabilization.unit=week
                (repeatable; checked against the ranges below; echoed in the output)
  --from/--to   inclusive UTC day range
  --submolt     restrict to a submolt (repeatable)
  --probe       post id of the consensus probe thread (default: the post with most comments)`;

export function parseArgs(argv: string[]): ReportArgs {
  const a: ReportArgs = { dir: '', json: false, submolts: [], params: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${x} needs a value`);
      return v;
    };
    if (x === '--help' || x === '-h') a.help = true;
    else if (x === '--json') a.json = true;
    else if (x === '--from') a.from = next();
    else if (x === '--to') a.to = next();
    else if (x === '--submolt') a.submolts.push(next());
    else if (x === '--probe') a.probe = next();
    else if (x === '--param') a.params.push(next());
    else if (x.startsWith('--param=')) a.params.push(x.slice('--param='.length));
    else if (x === '--out') a.out = next();
    else if (x.startsWith('--')) throw new Error(`unknown option ${x}`);
    else if (!a.dir) a.dir = x;
    else throw new Error(`unexpected argument ${x}`);
  }
  return a;
}
