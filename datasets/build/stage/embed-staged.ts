/**
 * The snapshot's vectors, made from the clean tables and written, as they are made, to the
 * `embeddings_out` table of the staging database (id, kind, t, vec as '[…]' text, scale): the
 * built-in embedder over texts streamed in the embeddings file's order, or imported vectors as
 * they are reduced. Memory holds one chunk of texts or one vector, whatever the input's size.
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { Embedder } from '../../../src/core/embed/hashing-embedder';
import { quantize } from '../../../src/core/embed/quantize';
import type { BuildReport } from '../build-report';
import { streamExternalVectors, type ExternalVectorsInfo, type VectorItem } from '../external-embeddings';
import type { Stage } from './stage';

export const EMBEDDINGS_OUT = 'embeddings_out';
const DAY_MS = 86_400_000;

/** Items in the embeddings file's order with the text the built-in embedder reads (metrics.md). */
const TEXTS = `SELECT id, 'post' AS kind, epoch_ms(created_at) AS t,
       coalesce(title, '') || chr(10) || chr(10) || coalesce(content, '') AS text, 0 AS k
  FROM posts
UNION ALL
SELECT id, 'comment', epoch_ms(created_at), coalesce(content, ''), 1 FROM comments
ORDER BY k, t, id`;

export type Tick = (done: number) => void;

async function vectorsTable(stage: Stage): Promise<{ conn: DuckDBConnection; appender: DuckDBAppender }> {
  await stage.conn.run(
    `CREATE OR REPLACE TABLE ${EMBEDDINGS_OUT} (id VARCHAR, kind VARCHAR, t BIGINT, vec VARCHAR, scale FLOAT)`,
  );
  const conn = await stage.connect();
  return { conn, appender: await conn.createAppender(EMBEDDINGS_OUT) };
}

function appendVector(
  appender: DuckDBAppender,
  id: string,
  kind: string,
  t: bigint,
  v: Float32Array,
  at: number,
  dims: number,
): void {
  const q = quantize(v, at, dims);
  appender.appendVarchar(id);
  appender.appendVarchar(kind);
  appender.appendBigInt(t);
  appender.appendVarchar(`[${q.vec.join(',')}]`);
  appender.appendFloat(q.scale);
  appender.endRow();
}

/** Embeds every post and comment with `embedder`; returns the number of vectors. */
export async function embedStaged(stage: Stage, embedder: Embedder, tick?: Tick): Promise<number> {
  const { appender } = await vectorsTable(stage);
  const vec = new Float32Array(embedder.dimensions);
  let done = 0;
  try {
    const result = await stage.conn.stream(TEXTS);
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const [ids, kinds, times, texts] = [0, 1, 2, 3].map((c) => chunk.getColumnValues(c));
      for (let r = 0; r < chunk.rowCount; r++) {
        embedder.embedInto(texts[r] as string, vec, 0);
        appendVector(appender, ids[r] as string, kinds[r] as string, times[r] as bigint, vec, 0, vec.length);
      }
      done += chunk.rowCount;
      tick?.(done);
    }
  } finally {
    appender.closeSync();
  }
  return done;
}

/**
 * The snapshot's items by id for the vectors importer, read from the clean tables: one number per
 * id (day · 2 + kind), not one object, since there are millions.
 */
export class StagedItems {
  private constructor(private readonly codes: Map<string, number>) {}

  static async read(conn: DuckDBConnection): Promise<StagedItems> {
    const codes = new Map<string, number>();
    const result = await conn.stream(
      `SELECT id, CAST(floor(epoch_ms(created_at) / ${DAY_MS}) AS INTEGER) * 2 AS code FROM posts
       UNION ALL
       SELECT id, CAST(floor(epoch_ms(created_at) / ${DAY_MS}) AS INTEGER) * 2 + 1 FROM comments`,
    );
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const [ids, code] = [0, 1].map((c) => chunk.getColumnValues(c));
      for (let r = 0; r < chunk.rowCount; r++) codes.set(ids[r] as string, code[r] as number);
    }
    return new StagedItems(codes);
  }

  get size(): number {
    return this.codes.size;
  }

  has(id: string): boolean {
    return this.codes.has(id);
  }

  /** The item's kind and a time on its UTC day (all the importer reads of it). */
  get(id: string): VectorItem | undefined {
    const c = this.codes.get(id);
    if (c === undefined) return undefined;
    const kind = c & 1 ? 'comment' : 'post';
    return { kind, time: Math.floor(c / 2) * DAY_MS };
  }
}

/**
 * Imports external vectors for the clean items and writes them as they are reduced. Items left
 * without a vector are counted (first three examples: posts, then comments, in input order).
 */
export async function embedExternal(
  stage: Stage,
  path: string,
  dims: number,
  report: BuildReport,
  tick?: Tick,
): Promise<ExternalVectorsInfo> {
  const items = await StagedItems.read(stage.conn);
  const { appender } = await vectorsTable(stage);
  let info: ExternalVectorsInfo;
  try {
    let done = 0;
    info = await streamExternalVectors(path, items, dims, report, (id, item, v, at, k) => {
      // The row's time only orders the file: the item's exact time comes from the clean table below.
      appendVector(appender, id, item.kind, 0n, v, at, k);
      if (++done % 10_000 === 0) tick?.(done);
    });
  } finally {
    appender.closeSync();
  }
  await stage.conn.run(
    `UPDATE ${EMBEDDINGS_OUT} e SET t = epoch_ms(x.created_at)
       FROM (SELECT id, created_at FROM posts UNION ALL SELECT id, created_at FROM comments) x
      WHERE x.id = e.id`,
  );
  const missing = (
    await stage.conn.runAndReadAll(
      `SELECT count(*) AS n, min_by(id, (k, ord), 3) AS examples FROM (
         SELECT id, ord, 0 AS k FROM posts UNION ALL SELECT id, ord, 1 FROM comments) x
        WHERE NOT EXISTS (SELECT 1 FROM ${EMBEDDINGS_OUT} e WHERE e.id = x.id)`,
    )
  ).getRowObjectsJS()[0];
  report.add(
    'repaired',
    'item without an external vector (no embedding row)',
    Number(missing.n),
    ((missing.examples as unknown[] | null) ?? []).map(String),
  );
  return info;
}
