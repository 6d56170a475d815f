import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Frame } from '../../src/core/frame';
import { buildFrame } from '../../src/core/metrics/build-frame';
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
  const posts =
    await conn.query(`SELECT id, epoch_ms(created_at)::DOUBLE AS ms, author_id, author_name, submolt_name,
    upvotes::DOUBLE AS up, downvotes::DOUBLE AS down, title, content FROM posts ORDER BY created_at, id`);
  const comments =
    await conn.query(`SELECT id, post_id, parent_id, epoch_ms(created_at)::DOUBLE AS ms, author_id, author_name,
    upvotes::DOUBLE AS up, downvotes::DOUBLE AS down, depth::DOUBLE AS depth, content FROM comments ORDER BY created_at, id`);
  const emb = await conn.query(`SELECT id, kind, vec, scale::DOUBLE AS scale FROM embeddings`);
  return buildFrame(
    {
      posts: {
        id: column(posts, 'id'),
        createdMs: column(posts, 'ms'),
        authorId: column(posts, 'author_id'),
        authorName: column(posts, 'author_name'),
        submoltName: column(posts, 'submolt_name'),
        upvotes: column(posts, 'up'),
        downvotes: column(posts, 'down'),
      },
      comments: {
        id: column(comments, 'id'),
        postId: column(comments, 'post_id'),
        parentId: column(comments, 'parent_id'),
        createdMs: column(comments, 'ms'),
        authorId: column(comments, 'author_id'),
        authorName: column(comments, 'author_name'),
        upvotes: column(comments, 'up'),
        downvotes: column(comments, 'down'),
        depth: column(comments, 'depth'),
      },
      embeddings: emb.numRows
        ? {
            id: column(emb, 'id'),
            kind: column(emb, 'kind'),
            vec: int8Lists(emb, 'vec'),
            scale: column(emb, 'scale'),
          }
        : null,
    },
    { texts: false },
  );
}

/**
 * Adds the item texts to a frame (once), for the lexical diagnostics. Rows come in the frame's own
 * order (created_at, id), matched by id so a difference in order can never pair the wrong text.
 */
export async function withTexts(conn: AsyncDuckDBConnection, frame: Frame): Promise<Frame> {
  if (frame.posts.texts && frame.comments.texts) return frame;
  const posts = await conn.query(
    `SELECT id, concat(coalesce(title, ''), '\n\n', coalesce(content, '')) AS text FROM posts ORDER BY created_at, id`,
  );
  const comments = await conn.query(
    `SELECT id, coalesce(content, '') AS text FROM comments ORDER BY created_at, id`,
  );
  frame.posts.texts = alignTexts(frame.posts.ids, column<string>(posts, 'id'), column<string>(posts, 'text'));
  frame.comments.texts = alignTexts(
    frame.comments.ids,
    column<string>(comments, 'id'),
    column<string>(comments, 'text'),
  );
  return frame;
}

function alignTexts(frameIds: string[], ids: string[], texts: string[]): string[] {
  if (ids.length === frameIds.length && ids.every((id, i) => id === frameIds[i])) return texts;
  const byId = new Map(ids.map((id, i) => [id, texts[i]]));
  return frameIds.map((id) => byId.get(id) ?? '');
}
