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
 * The comments of a post, unordered: orderThread (thread-order.ts) puts them in reading order and
 * gives each its depth. A recursive query would carry each comment's whole path, so its size grows
 * with the square of a thread's depth; this one is one row per comment, whatever the depth.
 */
export function threadCommentsSql(postId: string): string {
  return `SELECT id, parent_id, content, author_name, author_id,
      epoch_ms(created_at)::DOUBLE AS t, upvotes::DOUBLE AS upvotes
    FROM comments WHERE post_id = ${sqlString(postId)}`;
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
