/**
 * `--param <diagnostic>.<name>=<value>` of `npm run report`: any parameter the registry
 * (src/core/metrics/registry.ts) lists, checked against its type and range there.
 */
import { DIAGNOSTICS, type ParamSpec } from '../../src/core/metrics/registry.ts';

export type ParamOverrides = Record<string, Record<string, unknown>>;

function parseValue(spec: ParamSpec, id: string, raw: string): unknown {
  const where = `--param ${id}.${spec.name}`;
  const def = spec.default;
  if (typeof def === 'boolean') {
    if (raw !== 'true' && raw !== 'false') throw new Error(`${where} must be true or false, got "${raw}"`);
    return raw === 'true';
  }
  if (spec.options) {
    if (!spec.options.includes(raw))
      throw new Error(`${where} must be one of ${spec.options.join(', ')}, got "${raw}"`);
    return raw;
  }
  const num = (s: string): number => {
    const n = Number(s);
    if (s.trim() === '' || !Number.isFinite(n)) throw new Error(`${where} must be a number, got "${s}"`);
    if (spec.min !== undefined && n < spec.min)
      throw new Error(`${where} must be at least ${spec.min}, got ${n}`);
    if (spec.max !== undefined && n > spec.max)
      throw new Error(`${where} must be at most ${spec.max}, got ${n}`);
    const whole = (x: number | undefined) => x === undefined || Number.isInteger(x);
    const first = Array.isArray(def) ? def[0] : def;
    if (
      typeof first === 'number' &&
      whole(first) &&
      whole(spec.min) &&
      whole(spec.max) &&
      !Number.isInteger(n)
    )
      throw new Error(`${where} must be an integer, got ${n}`);
    return n;
  };
  if (typeof def === 'number') return num(raw);
  if (Array.isArray(def)) return raw.split(',').map((s) => num(s));
  return raw;
}

/** Parses every --param; unknown diagnostics or parameters are errors naming what exists. */
export function parseParams(list: string[]): ParamOverrides {
  const out: ParamOverrides = {};
  for (const item of list) {
    const m = /^([\w-]+)\.(\w+)=(.*)$/.exec(item);
    if (!m) throw new Error(`--param needs <diagnostic>.<name>=<value>, got "${item}"`);
    const [, id, name, raw] = m;
    const diag = DIAGNOSTICS.find((d) => d.id === id);
    if (!diag)
      throw new Error(
        `--param: unknown diagnostic "${id}"; one of ${DIAGNOSTICS.map((d) => d.id).join(', ')}`,
      );
    if (id === 'trajectories')
      throw new Error('--param: trajectories are drawn in the browser, not in the report');
    const spec = diag.params.find((p) => p.name === name);
    if (!spec)
      throw new Error(
        `--param: ${id} has no parameter "${name}"; it has ${diag.params.map((p) => p.name).join(', ')}`,
      );
    (out[id] ??= {})[name] = parseValue(spec, id, raw);
  }
  return out;
}

/** The list for --help: every diagnostic with its parameters, defaults and ranges. */
export function paramHelp(): string {
  return DIAGNOSTICS.map((d) => {
    const ps = d.params.map((p) => {
      const range = p.options
        ? p.options.join('|')
        : p.min !== undefined || p.max !== undefined
          ? `${p.min ?? ''}..${p.max ?? ''}`
          : '';
      return `${p.name}=${JSON.stringify(p.default)}${range ? ` (${range})` : ''}`;
    });
    return `  ${d.id}: ${ps.join(', ') || '(none)'}`;
  }).join('\n');
}
