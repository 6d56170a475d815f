/**
 * The AIcell/moltbook-data layout (the contract's column names; timestamps as ISO-8601 text, as
 * its card gives them), whole and split into Hugging Face style shards
 * (`posts-00000-of-00003.parquet` …), copied from a snapshot by DuckDB without passing rows
 * through JavaScript.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { literal, quoteString } from '../../../src/core/sql/sql.ts';
import { TABLES } from '../../../src/core/snapshot/tables.ts';
import { PARQUET, parquet } from './duckdb.ts';

/** The AIcell layout is the contract's own column names. */
export const AICELL_COLUMNS = {
  posts: TABLES.posts.columns.map((c) => c.name),
  comments: TABLES.comments.columns.map((c) => c.name),
};

export const SHARDS = 3;

/** ISO-8601 text with milliseconds and a zone, as the public crawls write it. */
export const isoText = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S.%g+00:00')`;

const select = (kind: keyof typeof AICELL_COLUMNS, from: string) =>
  `SELECT ${AICELL_COLUMNS[kind].map((c) => (c === 'created_at' ? `${isoText(c)} AS created_at` : `"${c}"`)).join(', ')} FROM ${from}`;

export const shardName = (kind: string, k: number) =>
  `${kind}-${String(k).padStart(5, '0')}-of-${String(SHARDS).padStart(5, '0')}.parquet`;

/** Writes `<out>/aicell/{posts,comments}.parquet` and the shards in `<out>/aicell-shards/`. */
export async function writeAicell(
  con: DuckDBConnection,
  snapshot: string,
  out: string,
  seed: number,
): Promise<{ whole: string; shards: string }> {
  const whole = join(out, 'aicell');
  const shards = join(out, 'aicell-shards');
  mkdirSync(whole, { recursive: true });
  mkdirSync(shards, { recursive: true });
  for (const kind of ['posts', 'comments'] as const) {
    const from = parquet(join(snapshot, `${kind}.parquet`));
    await con.run(
      `COPY (${select(kind, from)}) TO ${quoteString(join(whole, `${kind}.parquet`))} ${PARQUET}`,
    );
    // Rows go to a shard by a seeded hash of their id: every shard spans the whole time range, as
    // shards of a crawl written in id order would.
    for (let k = 0; k < SHARDS; k++)
      await con.run(
        `COPY (${select(kind, from)} WHERE hash(id, ${literal(seed)}) % ${SHARDS} = ${k})
         TO ${quoteString(join(shards, shardName(kind, k)))} ${PARQUET}`,
      );
  }
  return { whole, shards };
}
