import { SnapshotError } from './errors';
import { unsafeManifestPath } from './manifest-path';
import { SCHEMA_VERSION, type Manifest } from './manifest';
import { TABLES, TABLE_NAMES, type TableName } from './tables';
import { parseTimeWindow, TimeWindowError, type TimeWindow } from './time-window';

const FILE = 'manifest.json';

function fail(column: string, expected: string, found: unknown): never {
  const shown = found === undefined ? 'nothing' : JSON.stringify(found)?.slice(0, 80);
  throw new SnapshotError({
    file: FILE,
    column,
    expected,
    found: shown,
    message: `${FILE}: "${column}" should be ${expected}, found ${shown}.`,
  });
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (o: Record<string, unknown>, k: string): string =>
  typeof o[k] === 'string' ? (o[k] as string) : fail(k, 'text', o[k]);

/** Parses and checks a manifest. Never trusts the input: every field is checked and copied. */
export function validateManifest(raw: unknown): Manifest {
  if (!isObj(raw)) fail('(root)', 'a JSON object', raw);
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    fail('schemaVersion', 'a positive integer', version);
  if (version > SCHEMA_VERSION) {
    fail('schemaVersion', `at most ${SCHEMA_VERSION} (this app is older than the snapshot)`, version);
  }
  if (!isObj(raw.files)) fail('files', 'an object of table → {path, rows}', raw.files);
  const files: Manifest['files'] = {};
  for (const [name, entry] of Object.entries(raw.files)) {
    if (!TABLE_NAMES.includes(name as TableName))
      fail(`files.${name}`, `one of ${TABLE_NAMES.join(', ')}`, name);
    if (!isObj(entry)) fail(`files.${name}`, 'an object {path, rows}', entry);
    const path = entry.path;
    if (typeof path !== 'string' || path.length === 0) fail(`files.${name}.path`, 'a file path', path);
    const unsafe = unsafeManifestPath(path);
    if (unsafe)
      fail(`files.${name}.path`, `a relative path inside the manifest's folder (this one ${unsafe})`, path);
    const rows = entry.rows;
    if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) {
      fail(`files.${name}.rows`, 'a non-negative integer', rows);
    }
    // A size claim feeds the memory estimate: 1e999 parses as Infinity, so check it is a real size.
    const claimed = entry.bytes ?? undefined;
    if (
      claimed !== undefined &&
      (typeof claimed !== 'number' || !Number.isSafeInteger(claimed) || claimed < 0)
    )
      fail(`files.${name}.bytes`, 'a non-negative integer (the file size)', claimed);
    const bytes = claimed as number | undefined;
    files[name as TableName] = { path, rows, bytes };
  }
  for (const t of TABLE_NAMES) {
    if (TABLES[t].required && !files[t]) fail(`files.${t}`, 'present (a required table)', undefined);
  }
  if (!isObj(raw.dateRange)) fail('dateRange', 'an object {start, end}', raw.dateRange);
  const start = str(raw.dateRange, 'start');
  const end = str(raw.dateRange, 'end');
  if (Number.isNaN(Date.parse(start))) fail('dateRange.start', 'an ISO-8601 date', start);
  if (Number.isNaN(Date.parse(end))) fail('dateRange.end', 'an ISO-8601 date', end);

  let timeWindow: TimeWindow | null = null;
  if (raw.timeWindow !== null && raw.timeWindow !== undefined) {
    try {
      timeWindow = parseTimeWindow(raw.timeWindow);
    } catch (e) {
      if (!(e instanceof TimeWindowError)) throw e;
      const field = e.field ? `timeWindow.${e.field}` : 'timeWindow';
      fail(
        field,
        e.expected,
        e.field ? (raw.timeWindow as Record<string, unknown>)[e.field] : raw.timeWindow,
      );
    }
  }

  const synthetic = raw.synthetic;
  if (synthetic !== null && synthetic !== undefined && !isObj(synthetic)) {
    fail('synthetic', 'null or an object describing the generator', synthetic);
  }
  const embedding = raw.embedding;
  if (embedding !== null && embedding !== undefined) {
    if (!isObj(embedding)) fail('embedding', 'null or {model, method, dimensions}', embedding);
    if (!Number.isSafeInteger(embedding.dimensions) || (embedding.dimensions as number) < 1) {
      fail('embedding.dimensions', 'a positive integer', embedding.dimensions);
    }
    const reduction = embedding.reduction;
    if (reduction !== undefined && reduction !== 'identity' && reduction !== 'uncentred-svd') {
      fail(
        'embedding.reduction',
        '"identity" or "uncentred-svd" (centred reductions are not made)',
        reduction,
      );
    }
  }
  const ngramIndex = raw.ngramIndex;
  if (ngramIndex !== null && ngramIndex !== undefined) {
    if (!isObj(ngramIndex)) fail('ngramIndex', 'null or {tokenizer, maxN}', ngramIndex);
    str(ngramIndex, 'tokenizer');
    const maxN = ngramIndex.maxN;
    if (typeof maxN !== 'number' || !Number.isInteger(maxN) || maxN < 1) {
      fail('ngramIndex.maxN', 'a positive integer', maxN);
    }
  }
  return {
    schemaVersion: version,
    name: str(raw, 'name'),
    description: typeof raw.description === 'string' ? raw.description : '',
    provenance: typeof raw.provenance === 'string' ? raw.provenance : 'unknown',
    licence: typeof raw.licence === 'string' ? raw.licence : 'unknown',
    synthetic: synthetic ? (synthetic as unknown as Manifest['synthetic']) : null,
    files,
    dateRange: { start, end },
    timeWindow,
    embedding: embedding ? (embedding as unknown as Manifest['embedding']) : null,
    ngramIndex: ngramIndex
      ? { tokenizer: ngramIndex.tokenizer as string, maxN: ngramIndex.maxN as number }
      : null,
    createdAt: typeof raw.createdAt === 'string' ? raw.createdAt : undefined,
  };
}
