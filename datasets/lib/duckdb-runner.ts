/**
 * core/metrics/frame-from-sql.ts's SqlRunner over native DuckDB, reading results a data chunk
 * (2,048 rows) at a time. getColumnsObjectJS() first turns a whole result into JS values: for the
 * paper-scale vectors that was 2.1M arrays of 64 boxed numbers, gigabytes before a Frame existed.
 */
import { DuckDBListVector, type DuckDBConnection, type DuckDBDataChunk } from '@duckdb/node-api';
import type { SqlColumns, SqlRunner } from '../../src/core/metrics/frame-from-sql.ts';

type Scalar = number | string | null;

/** A scalar from DuckDB as the frame wants it: BIGINT as a number, VARCHAR as a string. */
function scalar(v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}

/**
 * One chunk's int8 list column as an Int8Array per row, each a view into one buffer per chunk (so
 * 2,048 rows cost one allocation, not 2,048). A NULL list is an empty row.
 */
function int8Rows(list: DuckDBListVector, rows: number): Int8Array[] {
  const child = list.childVector;
  const flat = new Int8Array(child.itemCount);
  for (let j = 0; j < flat.length; j++) flat[j] = Number(child.getItem(j) ?? 0);
  const out = new Array<Int8Array>(rows);
  for (let r = 0; r < rows; r++) {
    const at = list.getEntryOffset(r);
    out[r] =
      list.getItemVector(r) === null ? new Int8Array(0) : flat.subarray(at, at + list.getEntryLength(r));
  }
  return out;
}

function chunkColumns(chunk: DuckDBDataChunk, names: string[], lists: string[]): SqlColumns {
  const out: SqlColumns = {};
  names.forEach((name, c) => {
    const vector = chunk.getColumnVector(c);
    if (lists.includes(name) && vector instanceof DuckDBListVector) {
      out[name] = int8Rows(vector, chunk.rowCount);
      return;
    }
    const values = new Array<Scalar>(chunk.rowCount);
    for (let r = 0; r < chunk.rowCount; r++) values[r] = scalar(vector.getItem(r));
    out[name] = values as ArrayLike<number> | ArrayLike<string | null>;
  });
  return out;
}

/** Streams a query, handing each chunk's columns to `visit`; returns the column names. */
export async function forEachChunk(
  con: DuckDBConnection,
  sql: string,
  lists: string[],
  visit: (batch: SqlColumns) => void,
): Promise<string[]> {
  const result = await con.stream(sql);
  const names = result.deduplicatedColumnNames();
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk())
    visit(chunkColumns(chunk, names, lists));
  return names;
}

/** Reads a whole query's columns, a chunk at a time (plain arrays; lists as Int8Array rows). */
export async function readColumns(
  con: DuckDBConnection,
  sql: string,
  lists: string[] = [],
): Promise<SqlColumns> {
  const all: Record<string, unknown[]> = {};
  const names = await forEachChunk(con, sql, lists, (batch) => {
    for (const [name, values] of Object.entries(batch)) {
      const into = (all[name] ??= []);
      for (let r = 0; r < values.length; r++) into.push(values[r]);
    }
  });
  for (const name of names) all[name] ??= []; // an empty result still has its columns
  return all as SqlColumns;
}

/** The runner frameFromSql needs, over one connection. */
export function duckdbRunner(con: DuckDBConnection, hasEmbeddings: boolean): SqlRunner {
  return {
    hasEmbeddings,
    exec: async (sql) => {
      await con.run(sql);
    },
    columns: (sql, lists) => readColumns(con, sql, lists),
    chunks: async (sql, lists, visit) => {
      await forEachChunk(con, sql, lists, visit);
    },
  };
}
