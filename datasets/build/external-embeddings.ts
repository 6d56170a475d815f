import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DuckDBInstance, type DuckDBListVector } from '@duckdb/node-api';
import { DistortionMeter } from '../../src/core/embed/distortion';
import { dequantize, quantize } from '../../src/core/embed/quantize';
import { fitBasis, project } from '../../src/core/embed/svd';
import { createRng } from '../../src/core/random';
import type { EmbeddingInfo } from '../../src/core/snapshot/manifest';
import { reportPath, type BuildReport } from './build-report';
import { isRecord } from './raw';

/** Column / key names a vector may be stored under, in order of preference. */
export const VECTOR_KEYS = ['vec', 'vector', 'embedding', 'values'];

/** Accepted layouts, for --help and for error messages. */
export const VECTOR_LAYOUTS = `  Parquet  columns id + vec | vector | embedding (| values), of type FLOAT[], DOUBLE[],
           FLOAT[n] or DOUBLE[n] (lists or fixed-size arrays); any id type (read as text)
  JSONL    one object per line: {"id": …, "vec" | "vector" | "embedding": [numbers]}`;

/** Rows the reduction is fitted on (a seeded reservoir sample): XᵀX needs no more to settle. */
const FIT_SAMPLE = 50_000;
const DAY_MS = 86_400_000;

export interface VectorItem {
  time: number;
  kind: 'post' | 'comment';
}

/** The snapshot's items by id: a Map, or anything that answers the same two questions. */
export type VectorItems = Pick<ReadonlyMap<string, VectorItem>, 'has' | 'get'>;

/** Receives each reduced vector as it is made: `vectors[at .. at + dims)`, unit length (a reused buffer). */
export type VectorSink = (
  id: string,
  item: VectorItem,
  vectors: Float32Array,
  at: number,
  dims: number,
) => void;

export interface ExternalVectorsInfo {
  /** Vectors written. */
  rows: number;
  dimensions: number;
  /** What the manifest's `embedding` records about the import (model and method excluded). */
  info: Omit<EmbeddingInfo, 'model' | 'method' | 'dimensions'> & { sourceDimensions: number };
  /** Plain-language account of the reduction, for the manifest's `method`. */
  method: string;
}

export interface ExternalVectors extends ExternalVectorsInfo {
  ids: string[];
  /** Row-major ids.length × dimensions, unit length. */
  vectors: Float32Array;
}

const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Whether a Parquet file has an id column and a vector column (for recognising it in a folder). */
export async function parquetVectorColumn(path: string): Promise<string | null> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const cols = (
      await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sql(path)})`)
    ).getRowObjectsJS();
    const names = cols.map((c) => String(c.column_name));
    const types = new Map(cols.map((c) => [String(c.column_name), String(c.column_type)]));
    const vec = VECTOR_KEYS.find((k) => names.includes(k) && /\[\d*\]$/.test(types.get(k) ?? ''));
    return names.includes('id') && vec ? vec : null;
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

/**
 * Yields [id, vector] pairs of a Parquet file in bounded chunks (DuckDB streams the file). Vectors
 * are read as lists of their own element type (FLOAT stays FLOAT: converting 384 floats a row to
 * DOUBLE, or each row to a JS value object, cost several times the file's decoding) straight from
 * the chunk's flat child vector; the yielded array is reused, valid until the next pair.
 */
async function* parquetEntries(path: string): AsyncGenerator<[string, unknown]> {
  const vecCol = await parquetVectorColumn(path);
  if (!vecCol) {
    throw new Error(
      `${path}: not a vectors file; accepted layouts:\n${VECTOR_LAYOUTS}\n(see npm run build:snapshot -- --help)`,
    );
  }
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const type = String(
      (
        await conn.runAndReadAll(`SELECT typeof("${vecCol}") AS t FROM read_parquet(${sql(path)}) LIMIT 1`)
      ).getRowObjectsJS()[0]?.t ?? '',
    );
    const list = /^FLOAT\[/.test(type) ? 'FLOAT[]' : 'DOUBLE[]';
    // A NULL vector reads as an empty one: both are refused alike below.
    const result = await conn.stream(
      `SELECT id::VARCHAR AS id, coalesce("${vecCol}"::${list}, []) AS v FROM read_parquet(${sql(path)})`,
    );
    const row: (number | null)[] = [];
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const ids = chunk.getColumnValues(0);
      const vs = chunk.getColumnVector(1) as DuckDBListVector;
      const items = vs.childVector;
      for (let i = 0; i < chunk.rowCount; i++) {
        const at = vs.getEntryOffset(i);
        const len = vs.getEntryLength(i);
        row.length = len;
        for (let j = 0; j < len; j++) row[j] = items.getItem(at + j) as number | null;
        yield [String(ids[i]), row];
      }
    }
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

/** Yields [id, vector] pairs of a JSONL file line by line; lines that are not objects are noted. */
async function* jsonlEntries(path: string, report: BuildReport | null): AsyncGenerator<[string, unknown]> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let i = 0;
  for await (const line of lines) {
    i++;
    if (!line.trim()) continue;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      o = null;
    }
    if (!isRecord(o)) {
      report?.note('rejected', 'embeddings line that is not a JSON object', `${reportPath(path)}:${i}`);
      continue;
    }
    yield [String(o.id), VECTOR_KEYS.map((k) => o[k]).find((v) => v !== undefined)];
  }
}

const entries = (path: string, report: BuildReport | null) =>
  path.toLowerCase().endsWith('.parquet') ? parquetEntries(path) : jsonlEntries(path, report);

/**
 * Reads every usable vector once, calling `use(id, unitRow)`; the same rows in the same order on
 * every pass (so the second pass needs no id list). Rejections are noted when `report` is given.
 */
async function eachVector(
  path: string,
  items: VectorItems,
  width: number,
  report: BuildReport | null,
  use: (id: string, row: Float64Array) => void,
): Promise<number> {
  const seen = new Set<string>();
  let source = width;
  let row = new Float64Array(Math.max(1, width));
  for await (const [id, v] of entries(path, report)) {
    if (!items.has(id)) {
      report?.note('rejected', 'external vector for an id not in the snapshot', id);
      continue;
    }
    if (seen.has(id)) {
      report?.note('rejected', 'second external vector for the same id (the first is kept)', id);
      continue;
    }
    const arr = Array.isArray(v) ? v : null;
    if (!source && arr && arr.length > 0) {
      source = arr.length;
      row = new Float64Array(source);
    }
    let norm = 0;
    let ok = arr !== null && arr.length === source;
    for (let j = 0; ok && j < source; j++) {
      const x = Number(arr![j]);
      ok = Number.isFinite(x) && arr![j] !== null;
      row[j] = x;
      norm += x * x;
    }
    if (!ok || norm === 0) {
      report?.note('rejected', 'external vector that is not a non-zero finite list of the common length', id);
      continue;
    }
    seen.add(id);
    const inv = 1 / Math.sqrt(norm);
    for (let j = 0; j < source; j++) row[j] *= inv;
    use(id, row);
  }
  return source;
}

/** As streamExternalVectors, with every reduced vector kept in one array (small inputs, tests). */
export async function importExternalVectors(
  path: string,
  items: VectorItems,
  dims: number,
  report: BuildReport,
  seed = 1,
): Promise<ExternalVectors> {
  const ids: string[] = [];
  const parts: Float32Array[] = [];
  const info = await streamExternalVectors(
    path,
    items,
    dims,
    report,
    (id, _item, v, at, k) => {
      ids.push(id);
      parts.push(v.slice(at, at + k));
    },
    seed,
  );
  const vectors = new Float32Array(ids.length * info.dimensions);
  parts.forEach((p, i) => vectors.set(p, i * info.dimensions));
  return { ...info, ids, vectors };
}

/**
 * Imports vectors keyed by item id (Parquet or JSONL, see VECTOR_LAYOUTS), keeps those of items in
 * the snapshot, and brings them to the snapshot's width without centring (see src/core/embed/svd.ts):
 * unchanged when they fit, else the uncentred reduction. Two passes over the file, so memory holds
 * the fit sample, never the source-width rows; each reduced vector goes to `emit` as it is made.
 * The distortion against the originals, as stored (after int8 quantisation), is measured on the way.
 */
export async function streamExternalVectors(
  path: string,
  items: VectorItems,
  dims: number,
  report: BuildReport,
  emit: VectorSink,
  seed = 1,
): Promise<ExternalVectorsInfo> {
  // Pass 1: validate, count, and keep a seeded reservoir sample for the fit.
  let n = 0;
  let sample = new Float32Array(0);
  const rng = createRng(seed);
  const source = await eachVector(path, items, 0, report, (_id, row) => {
    if (sample.length === 0) sample = new Float32Array(FIT_SAMPLE * row.length);
    const slot = n < FIT_SAMPLE ? n : Math.floor(rng() * (n + 1));
    if (slot < FIT_SAMPLE) sample.set(row, slot * row.length);
    n++;
  });
  if (n === 0) throw new Error(`${path}: no usable vectors for items of this snapshot`);
  const fitRows = Math.min(n, FIT_SAMPLE);
  const basis = fitBasis(sample.subarray(0, fitRows * source), fitRows, source, dims, seed);
  sample = new Float32Array(0);

  // Pass 2: project, and measure what the stored vectors keep of the originals.
  const k = basis.dimensions;
  const reduced = new Float32Array(k);
  let rows = 0;
  const meter = new DistortionMeter(source, k, seed);
  await eachVector(path, items, source, null, (id, row) => {
    project(basis, row, 0, reduced, 0);
    const q = quantize(reduced, 0, k);
    const stored = dequantize(q.vec, q.scale, true);
    const item = items.get(id)!;
    meter.add(row, 0, stored, 0, Math.floor(item.time / DAY_MS), item.kind);
    emit(id, item, reduced, 0, k);
    rows++;
  });
  const distortion = meter.result();
  const round = (x: number) => Number(x.toPrecision(4));
  const method =
    basis.method === 'identity'
      ? `identity: imported ${source}-d vectors kept at their width, L2-normalised (no centring)`
      : `uncentred-svd: imported ${source}-d vectors, L2-normalised, mapped to ${k}-d without centring: ` +
        `${basis.exactDimensions} top singular directions of the raw vectors (eigenvectors of XᵀX, ` +
        `fitted on ${fitRows} rows) kept exactly, the remainder through a seeded ${k - basis.exactDimensions}-d ` +
        `Gaussian projection; L2-normalised`;
  return {
    rows,
    dimensions: k,
    method,
    info: {
      reduction: basis.method,
      sourceDimensions: source,
      exactDimensions: basis.exactDimensions,
      energyKept: round(basis.energyKept),
      distortion: {
        ...distortion,
        meanAbsCosDiff: round(distortion.meanAbsCosDiff),
        maxAbsCosDiff: round(distortion.maxAbsCosDiff),
        maxDailyCentroidCosDiff: round(distortion.maxDailyCentroidCosDiff),
        maxWithinDayPairwiseDiff: round(distortion.maxWithinDayPairwiseDiff),
      },
    },
  };
}
