import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { pcaReduce } from '../../src/core/embed/pca';
import type { BuildReport } from './build-report';
import { isRecord } from './raw';

export interface ExternalVectors {
  ids: string[];
  /** Row-major ids.length × dimensions, unit length. */
  vectors: Float32Array;
  dimensions: number;
  sourceDimensions: number;
  explainedVariance: number;
}

const VECTOR_KEYS = ['vector', 'embedding', 'vec', 'values'];

async function readParquetVectors(path: string): Promise<[string, unknown][]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const cols = (
      await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path.replace(/'/g, "''")}')`)
    ).getRowObjectsJS();
    const names = cols.map((c) => String(c.column_name));
    const vecCol = VECTOR_KEYS.find((k) => names.includes(k));
    if (!names.includes('id') || !vecCol)
      throw new Error(
        `${path}: needs columns id and one of ${VECTOR_KEYS.join(', ')}; found ${names.join(', ')}`,
      );
    const rows = (
      await conn.runAndReadAll(
        `SELECT id::VARCHAR AS id, ${vecCol}::DOUBLE[] AS v FROM read_parquet('${path.replace(/'/g, "''")}')`,
      )
    ).getRowObjectsJS();
    return rows.map((r) => [String(r.id), r.v]);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

function readJsonlVectors(path: string, report: BuildReport): [string, unknown][] {
  const out: [string, unknown][] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const o: unknown = JSON.parse(line);
        if (!isRecord(o)) throw new Error('not an object');
        out.push([String(o.id), VECTOR_KEYS.map((k) => o[k]).find((v) => v !== undefined)]);
      } catch {
        report.note('rejected', 'embeddings line that is not a JSON object', `${path}:${i + 1}`);
      }
    });
  return out;
}

/**
 * Imports vectors keyed by item id (Parquet or JSONL with `id` and `vector`/`embedding`), keeps
 * those of items in the snapshot, and reduces them to `dims` by PCA (recording the variance kept).
 */
export async function importExternalVectors(
  path: string,
  wanted: Set<string>,
  dims: number,
  report: BuildReport,
): Promise<ExternalVectors> {
  const entries = path.endsWith('.parquet') ? await readParquetVectors(path) : readJsonlVectors(path, report);
  let source = 0;
  const ids: string[] = [];
  const rows: number[][] = [];
  for (const [id, v] of entries) {
    if (!wanted.has(id)) {
      report.note('rejected', 'external vector for an id not in the snapshot', id);
      continue;
    }
    const arr = Array.isArray(v) ? v.map(Number) : null;
    if (
      !arr ||
      arr.length === 0 ||
      arr.some((x) => !Number.isFinite(x)) ||
      (source && arr.length !== source)
    ) {
      report.note('rejected', 'external vector that is not a finite list of the common length', id);
      continue;
    }
    source = arr.length;
    ids.push(id);
    rows.push(arr);
  }
  if (ids.length === 0) throw new Error(`${path}: no usable vectors for items of this snapshot`);
  const data = new Float32Array(ids.length * source);
  rows.forEach((r, i) => {
    const n = Math.hypot(...r) || 1;
    r.forEach((x, j) => (data[i * source + j] = x / n));
  });
  const k = Math.min(dims, source);
  const pca = pcaReduce(data, ids.length, source, k);
  return {
    ids,
    vectors: pca.vectors,
    dimensions: k,
    sourceDimensions: source,
    explainedVariance: pca.explainedVariance,
  };
}
