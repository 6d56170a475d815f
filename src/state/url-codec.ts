/**
 * The permalink: every piece of view state that a link must reproduce, with a parser that trusts
 * nothing. A parameter that does not parse is dropped and named in `dropped`, so the app can say so.
 * Defaults are never written: a link holds only what the user chose.
 */
export interface Param<T> {
  parse(raw: string): T | undefined;
  format(value: T): string;
  default: T;
  equals?(a: T, b: T): boolean;
}

const MAX_PARAM_LENGTH = 4000;

export type ParamSpec<S> = { [K in keyof S]: Param<S[K]> };

export function decodeState<S>(search: string, spec: ParamSpec<S>): { state: S; dropped: string[] } {
  const params = new URLSearchParams(search);
  const state = {} as S;
  const dropped: string[] = [];
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    const p = spec[key];
    const raw = params.get(key);
    let value: S[typeof key] | undefined;
    if (raw !== null) {
      value = raw.length <= MAX_PARAM_LENGTH ? safeParse(p, raw) : undefined;
      if (value === undefined) dropped.push(key);
    }
    state[key] = value === undefined ? p.default : value;
  }
  for (const key of params.keys())
    // Own keys only: `constructor` or `__proto__` in a link is unknown, not an inherited member.
    if (!Object.hasOwn(spec as object, key) && !dropped.includes(key)) dropped.push(key);
  return { state, dropped };
}

function safeParse<T>(p: Param<T>, raw: string): T | undefined {
  try {
    return p.parse(raw);
  } catch {
    return undefined;
  }
}

export function encodeState<S>(state: S, spec: ParamSpec<S>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    const p = spec[key];
    const v = state[key];
    const same = p.equals ? p.equals(v, p.default) : v === p.default;
    if (!same) params.set(key, p.format(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

// Building blocks for parameter specs.

export function enumParam<T extends string>(values: readonly T[], fallback: T): Param<T> {
  return {
    default: fallback,
    parse: (raw) => (values.includes(raw as T) ? (raw as T) : undefined),
    format: (v) => v,
  };
}

export function intParam(min: number, max: number, fallback: number): Param<number> {
  return {
    default: fallback,
    parse: (raw) => {
      if (!/^-?\d{1,10}$/.test(raw)) return undefined;
      const n = Number(raw);
      return n >= min && n <= max ? n : undefined;
    },
    format: String,
  };
}

export function floatParam(min: number, max: number, fallback: number): Param<number> {
  return {
    default: fallback,
    parse: (raw) => {
      if (!/^-?\d{1,10}(\.\d{1,8})?$/.test(raw)) return undefined;
      const n = Number(raw);
      return n >= min && n <= max ? n : undefined;
    },
    format: String,
  };
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Free text with a length limit; control characters other than tab/newline are refused. */
export function textParam(maxLength: number, fallback = ''): Param<string> {
  return {
    default: fallback,
    parse: (raw) => (raw.length <= maxLength && !CONTROL_CHARS.test(raw) ? raw : undefined),
    format: (v) => v,
  };
}

/** A UTC day "YYYY-MM-DD" between 2000 and 2100, as epoch ms of its midnight; null = unset. */
export function dayParam(): Param<number | null> {
  return {
    default: null,
    parse: (raw) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      if (!m) return undefined;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (y < 2000 || y > 2100) return undefined;
      const ms = Date.UTC(y, mo - 1, d);
      const back = new Date(ms);
      return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : undefined;
    },
    format: (v) => (v === null ? '' : new Date(v).toISOString().slice(0, 10)),
  };
}

/** A comma-separated list of names, each checked by `ok`. */
export function listParam(maxItems: number, ok: (s: string) => boolean): Param<string[]> {
  return {
    default: [],
    parse: (raw) => {
      const items = raw.split(',').filter((s) => s.length > 0);
      if (items.length === 0 || items.length > maxItems || !items.every(ok)) return undefined;
      return [...new Set(items)];
    },
    format: (v) => v.join(','),
    equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  };
}

/** An http(s) URL, e.g. a dataset the user chose to open. */
export function urlParam(): Param<string> {
  return {
    default: '',
    parse: (raw) => {
      const u = new URL(raw);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
    },
    format: (v) => v,
  };
}
