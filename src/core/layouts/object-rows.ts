/**
 * The same rule table evaluated on a parsed JSON object instead of a file's columns: the JSON
 * importer walks documents (envelopes, nested replies) in JavaScript and stages each object
 * through these, so a field means the same in a JSON document as in a Parquet or JSONL file.
 */
import { ColumnIndex, pathParts, type SourceColumn } from './column-index';
import { formatDuckdbType, type ColumnType } from './duckdb-type';
import type { StagingTable } from './field-rules';
import { resolveFields, type ResolvedField } from './resolve-fields';

/** Objects nested deeper than this are one opaque value (a hostile document may nest forever). */
const MAX_DEPTH = 4;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function typeOf(v: unknown, depth: number): ColumnType {
  if (Array.isArray(v)) return { kind: 'scalar', name: 'JSON[]' };
  if (isObject(v) && depth < MAX_DEPTH)
    return { kind: 'struct', fields: new Map(Object.entries(v).map(([k, x]) => [k, typeOf(x, depth + 1)])) };
  if (isObject(v)) return { kind: 'scalar', name: 'JSON' };
  if (v === null || v === undefined) return { kind: 'scalar', name: NULL_TYPE };
  return { kind: 'scalar', name: typeof v === 'number' ? 'DOUBLE' : 'VARCHAR' };
}

/** The type of a JSON null: merged with any other type, the other wins. */
export const NULL_TYPE = 'NULL';

function mergeTypes(a: ColumnType, b: ColumnType): ColumnType {
  if (a.kind === 'scalar' && a.name === NULL_TYPE) return b;
  if (b.kind === 'scalar' && b.name === NULL_TYPE) return a;
  if (a.kind === 'struct' && b.kind === 'struct') {
    const fields = new Map(a.fields);
    for (const [n, t] of b.fields) fields.set(n, fields.has(n) ? mergeTypes(fields.get(n)!, t) : t);
    return { kind: 'struct', fields };
  }
  // An object in one record and a value in another: the object's fields are what layouts read.
  if (a.kind === 'struct' || b.kind === 'struct') return a.kind === 'struct' ? a : b;
  return a.name === b.name ? a : { kind: 'scalar', name: 'VARCHAR' };
}

/**
 * The columns of a sample of records (e.g. a JSONL file's first lines) as one schema: keys of
 * every record, objects' fields merged, so a field null in the first record is still seen.
 */
export function columnsOfSample(records: readonly Record<string, unknown>[]): SourceColumn[] {
  const merged = new Map<string, ColumnType>();
  for (const o of records)
    for (const [k, v] of Object.entries(o)) {
      const t = typeOf(v, 1);
      merged.set(k, merged.has(k) ? mergeTypes(merged.get(k)!, t) : t);
    }
  return [...merged].map(([name, t]) => ({ name, type: formatDuckdbType(t) }));
}

/** An object's keys as DESCRIBE would give them for a JSON file of such objects. */
export function columnsOfObject(o: Record<string, unknown>): SourceColumn[] {
  return Object.entries(o).map(([name, v]) => ({ name, type: formatDuckdbType(typeOf(v, 1)) }));
}

function valueAt(o: Record<string, unknown>, path: string): unknown {
  let v: unknown = o;
  for (const name of pathParts(path)) v = isObject(v) ? v[name] : undefined;
  return v;
}

const firstValue = (o: Record<string, unknown>, paths: readonly string[]): unknown =>
  paths.map((p) => valueAt(o, p)).find((v) => v !== null && v !== undefined) ?? null;

/** A value as TRY_CAST(… AS DOUBLE) reads it: numbers and numeric text, else null. */
function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string' || v.trim() === '') return null;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : null;
}

function fieldValue(f: ResolvedField, o: Record<string, unknown>): unknown {
  const v = firstValue(o, f.paths);
  switch (f.mode) {
    case 'none':
      return null;
    case 'prefixed':
      return v === null || v === '' || typeof v === 'object' ? null : `${f.prefix ?? ''}${String(v)}`;
    case 'net-up':
    case 'net-down': {
      const n = numberOf(v);
      const side = n === null ? null : f.mode === 'net-up' ? n : -n;
      return side === null ? null : Math.max(side, 0);
    }
    case 'coalesce': {
      if (!f.ownPostIdPaths || typeof v !== 'string') return v;
      const id = firstValue(o, f.ownPostIdPaths);
      return id !== null && v.includes(`moltbook.com/post/${String(id)}`) ? null : v;
    }
  }
}

/** Resolutions by object shape: API documents repeat a handful of shapes thousands of times. */
const cache = new Map<string, ResolvedField[]>();
const CACHE_LIMIT = 1000;

/** The raw staging row of `table` read from one object (values as they are; null when absent). */
export function rowFromObject(table: StagingTable, o: Record<string, unknown>): Record<string, unknown> {
  const columns = columnsOfObject(o);
  const key = `${table}|${columns.map((c) => `${c.name}\u0001${c.type}`).join('\u0002')}`;
  let fields = cache.get(key);
  if (!fields) {
    fields = resolveFields(table, new ColumnIndex(columns));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, fields);
  }
  return Object.fromEntries(fields.map((f) => [f.column, fieldValue(f, o)]));
}
