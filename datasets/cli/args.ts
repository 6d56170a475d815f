/** Minimal `--name value` / `--flag` parser; unknown options are errors, not silently ignored. */
export interface ParsedArgs {
  options: Map<string, string | true>;
  positional: string[];
}

export function parseArgs(
  argv: string[],
  known: readonly string[],
  flags: readonly string[] = [],
): ParsedArgs {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (name === 'help' || flags.includes(name)) {
      options.set(name, true);
      continue;
    }
    if (!known.includes(name)) throw new Error(`unknown option --${name} (see --help)`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new Error(`option --${name} needs a value`);
    const prev = options.get(name);
    options.set(name, typeof prev === 'string' ? `${prev}\u0000${value}` : value);
  }
  return { options, positional };
}

export function intOption(args: ParsedArgs, name: string, fallback: number): number {
  const v = args.options.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a non-negative integer, got "${String(v)}"`);
  return n;
}

/** All values of a repeatable option. */
export function listOption(args: ParsedArgs, name: string): string[] {
  const v = args.options.get(name);
  return typeof v === 'string' ? v.split('\u0000') : [];
}
