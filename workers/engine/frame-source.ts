import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Frame } from '../../src/core/frame';
import { frameFromSql, type SqlColumns } from '../../src/core/metrics/frame-from-sql';
import { column, int8Lists } from './arrow-columns';

let cached: { generation: number; frame: Promise<Frame> } | null = null;

/**
 * The analysis frame of the open dataset, built once per dataset generation: every diagnostic
 * afterwards runs over its typed arrays without asking DuckDB again.
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

async function build(conn: AsyncDuckDBConnection): Promise<Frame> {
  const hasEmbeddings = Number(column(await conn.query('SELECT count(*) AS n FROM embeddings'), 'n')[0]) > 0;
  return frameFromSql({
    hasEmbeddings,
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
  });
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
