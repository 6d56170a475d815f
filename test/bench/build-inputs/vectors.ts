/**
 * External vectors for every post and comment of a snapshot, shaped like sentence-transformer
 * output (384 wide, not normalised, as a model run without normalize_embeddings writes them): a
 * strong direction every text shares (within-corpus cosine of such models sits around 0.3–0.6,
 * hence the paper's consecutive-day centroid cosine ≈ 1), a per-topic direction (the submolt stands
 * in for the topic) and per-item noise. Every component is a seeded hash of (item, dimension), so
 * the file is made in SQL alone and is the same each time.
 */
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { literal, quoteString } from '../../../src/core/sql/sql.ts';
import { parquet, scalar } from './duckdb.ts';

export const VECTOR_DIMS = 384;

/**
 * Weights of the shared, topic and item parts (each component uniform on [−1, 1] before them):
 * expected cosine 1/(1+0.36+0.64) = 0.5 across topics and 0.68 within one.
 */
const WEIGHTS = { shared: 1, topic: 0.6, item: 0.8 };

/** A uniform number in [−1, 1] from a UBIGINT hash. */
const uniform = (h: string) => `((${h} % 2000001)::DOUBLE / 1000000 - 1)`;

/**
 * Writes `<out>/vectors/vectors.parquet` (`id VARCHAR`, `vec` FLOAT lists of 384: Parquet has no
 * fixed-size list, so the FLOAT[384] written reads back as FLOAT[]); returns its rows.
 */
export async function writeVectors(
  con: DuckDBConnection,
  snapshot: string,
  out: string,
  seed: number,
): Promise<{ path: string; rows: number }> {
  const path = join(out, 'vectors', 'vectors.parquet');
  const posts = parquet(join(snapshot, 'posts.parquet'));
  const comments = parquet(join(snapshot, 'comments.parquet'));
  const s = literal(seed);
  // Ids and topics in a fixed order (a plain scan of this table keeps it when writing).
  await con.run(`CREATE OR REPLACE TEMP TABLE vector_items AS
    SELECT id, hash(id, ${s}) AS h, coalesce(topic, '') AS topic FROM (
      SELECT 0 AS kind, id, created_at, submolt_name AS topic FROM ${posts}
      UNION ALL
      SELECT 1, c.id, c.created_at, p.submolt_name FROM ${comments} c LEFT JOIN ${posts} p ON p.id = c.post_id
    ) ORDER BY kind, created_at, id`);
  // Shared plus topic part, once per topic: per item only the noise is left to draw, which halves
  // the time (a lambda over 806M components is what this file costs).
  await con.run(`CREATE OR REPLACE TEMP TABLE vector_topics AS
    SELECT topic, list(x ORDER BY d) AS base FROM (
      SELECT topic, d, ${WEIGHTS.shared} * ${uniform(`hash(d, ${s})`)}
        + ${WEIGHTS.topic} * ${uniform(`hash(topic, d, ${s})`)} AS x
      FROM (SELECT DISTINCT topic FROM vector_items), range(${VECTOR_DIMS}) r(d)) GROUP BY topic`);
  await con.run(`COPY (
      SELECT i.id, list_transform(range(${VECTOR_DIMS}),
        d -> (t.base[d + 1] + ${WEIGHTS.item} * ${uniform('hash(i.h, d)')})::FLOAT)::FLOAT[${VECTOR_DIMS}] AS vec
      FROM vector_items i JOIN vector_topics t USING (topic))
    TO ${quoteString(path)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 100000)`);
  const rows = await scalar(con, `SELECT count(*) FROM ${parquet(path)}`);
  await con.run('DROP TABLE vector_items');
  await con.run('DROP TABLE vector_topics');
  return { path, rows };
}
