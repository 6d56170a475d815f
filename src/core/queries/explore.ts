import { sqlNumber, sqlString } from '../sql/escape';
import { filterConditions, whereClause, type DataFilter } from './filters';

/** SQL for the explore view: thread reader and full-text search. */

/** Escapes LIKE wildcards (% _ and the escape character itself) so a term matches literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** One post by id. */
export function threadPostSql(postId: string): string {
  return `SELECT id, title, content, url, author_name, author_id, submolt_name,
      epoch_ms(created_at)::DOUBLE AS t, upvotes::DOUBLE AS upvotes, downvotes::DOUBLE AS downvotes
    FROM posts WHERE id = ${sqlString(postId)} LIMIT 1`;
}

/**
 * The comment tree of a post in reading order (each reply right after its parent, siblings by time).
 * Depth follows the paper's convention: a top-level comment has depth 1 (the API says 0). A comment
 * whose parent is missing from the data is shown at the top level, flagged as orphan.
 */
export function threadCommentsSql(postId: string): string {
  const id = sqlString(postId);
  return `WITH RECURSIVE pc AS (
      SELECT * FROM comments WHERE post_id = ${id}
    ), t(id, depth, path, orphan) AS (
      SELECT id, 1, [lpad(epoch_ms(created_at)::VARCHAR, 16, '0') || id],
        (parent_id IS NOT NULL)
      FROM pc WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM pc)
      UNION ALL
      SELECT k.id, t.depth + 1, list_append(t.path, lpad(epoch_ms(k.created_at)::VARCHAR, 16, '0') || k.id), false
      FROM pc k JOIN t ON k.parent_id = t.id
      WHERE t.depth < 200
    )
    SELECT pc.id, pc.parent_id, pc.content, pc.author_name, pc.author_id,
      epoch_ms(pc.created_at)::DOUBLE AS t, pc.upvotes::DOUBLE AS upvotes, t.depth::DOUBLE AS depth, t.orphan
    FROM t JOIN pc ON pc.id = t.id ORDER BY t.path`;
}

/** Posts whose title or content contains the term (case-insensitive, wildcards taken literally). */
export function textSearchSql(term: string, filter: DataFilter, limit: number): string {
  const pat = sqlString(likePattern(term));
  const conds = [
    ...filterConditions(filter),
    `(title ILIKE ${pat} ESCAPE '\\' OR content ILIKE ${pat} ESCAPE '\\')`,
  ];
  return `SELECT id, title, author_name, submolt_name, epoch_ms(created_at)::DOUBLE AS t,
      (SELECT count(*) FROM comments c WHERE c.post_id = posts.id)::DOUBLE AS comments
    FROM posts ${whereClause(conds)}
    ORDER BY created_at DESC, id LIMIT ${sqlNumber(limit)}`;
}

/** How many posts match (the list shows at most `limit`). */
export function textSearchCountSql(term: string, filter: DataFilter): string {
  const pat = sqlString(likePattern(term));
  const conds = [
    ...filterConditions(filter),
    `(title ILIKE ${pat} ESCAPE '\\' OR content ILIKE ${pat} ESCAPE '\\')`,
  ];
  return `SELECT count(*)::DOUBLE AS n FROM posts ${whereClause(conds)}`;
}

/** The tables and views a console user can query, with their columns. */
export function schemaSql(): string {
  return `SELECT table_name, string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position) AS columns
    FROM information_schema.columns WHERE table_schema = 'main' GROUP BY 1 ORDER BY 1`;
}
