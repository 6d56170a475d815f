import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Frame } from '../../src/core/frame';
import {
  attachVectors,
  frameFromSql,
  type SqlColumns,
  type SqlRunner,
} from '../../src/core/metrics/frame-from-sql';
import { column, int8Lists } from './arrow-columns';

let cached: { generation: number; frame: Promise<Frame> } | null = null;

/**
 * The analysis frame of the open dataset, built once per dataset generation: every diagnostic
 * afterwards runs over its typed arrays without asking DuckDB again. It is built without vectors:
 * {@link withVectors} adds them for the diagnostics that read them.
 */
export function getFrame(conn: AsyncDuckDBConnection, generation: number): Promise<Frame> {
  if (cached?.generation !== generation) {
    const frame = build(conn).catch((e) => {
      cached = null;
      throw e;
    });
    cached = { generation, frame };
  }
  return cached.frame;
}

function runner(conn: AsyncDuckDBConnection): Omit<SqlRunner, 'hasEmbeddings'> {
  return {
    exec: async (sql) => {
      await conn.query(sql);
    },
    columns: async (sql, lists = []) => {
      const table = await conn.query(sql);
      const out: SqlColumns = {};
      for (const field of table.schema.fields) {
        // A non-list column is all numbers or all strings; the runner's caller knows which.
        out[field.name] = lists.includes(field.name)
          ? int8Lists(table, field.name)
          : (column(table, field.name) as ArrayLike<number> | ArrayLike<string | null>);
      }
      return out;
    },
  };
}

function build(conn: AsyncDuckDBConnection): Promise<Frame> {
  return frameFromSql({ ...runner(conn), hasEmbeddings: false });
}

const withVectorsOf = new WeakMap<Frame, Promise<Frame>>();

/**
 * Adds the embeddings table's vectors to the frame (once; callers load the table first). A failure
 * is forgotten so that a later call tries again.
 */
export function withVectors(conn: AsyncDuckDBConnection, frame: Frame): Promise<Frame> {
  let done = withVectorsOf.get(frame);
  if (!done) {
    done = (async () => {
      const n = Number(column(await conn.query('SELECT count(*) AS n FROM embeddings'), 'n')[0]);
      if (n > 0) await attachVectors(runner(conn), frame);
      return frame;
    })().catch((e) => {
      withVectorsOf.delete(frame);
      throw e;
    });
    withVectorsOf.set(frame, done);
  }
  return done;
}

/**
 * Adds the texts of the given kinds to a frame (once each), for the lexical diagnostics. Rows come
 * in the frame's own order (created_at, id), matched by id so a difference in order can never pair
 * the wrong text.
 */
export async function withTexts(
  conn: AsyncDuckDBConnection,
  frame: Frame,
  kinds: readonly ('posts' | 'comments')[] = ['posts', 'comments'],
): Promise<Frame> {
  if (kinds.includes('posts') && !frame.posts.texts) {
    const posts = await conn.query(
      `SELECT id, concat(coalesce(title, ''), '\n\n', coalesce(content, '')) AS text FROM posts ORDER BY created_at, id`,
    );
    frame.posts.texts = alignTexts(
      frame.posts.ids,
      column<string>(posts, 'id'),
      column<string>(posts, 'text'),
    );
  }
  if (kinds.includes('comments') && !frame.comments.texts) {
    const comments = await conn.query(
      `SELECT id, coalesce(content, '') AS text FROM comments ORDER BY created_at, id`,
    );
    frame.comments.texts = alignTexts(
      frame.comments.ids,
      column<string>(comments, 'id'),
      column<string>(comments, 'text'),
    );
  }
  return frame;
}

function alignTexts(frameIds: string[], ids: string[], texts: string[]): string[] {
  if (ids.length === frameIds.length && ids.every((id, i) => id === frameIds[i])) return texts;
  const byId = new Map(ids.map((id, i) => [id, texts[i]]));
  return frameIds.map((id) => byId.get(id) ?? '');
}
