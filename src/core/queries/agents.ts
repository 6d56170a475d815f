import { sqlNumber, sqlString } from '../sql/escape';
import { filterConditions, whereClause, type DataFilter } from './filters';

/**
 * Query builders for the agents view and the post reader. An agent is keyed as the analysis frame
 * keys it (build-frame.ts): its name, or its id when the name is missing, so SQL rows and
 * diagnostic results join on the same string.
 */

const AGENT = (alias: string) => `coalesce(${alias}.author_name, ${alias}.author_id)`;

/** Comments in the filter: by their own time, and by their post's submolt when one is chosen. */
function commentsFrom(filter: DataFilter): string {
  if (!filter.submolts.length)
    return `comments c ${whereClause(filterConditions(filter, { alias: 'c', submoltColumn: null }))}`;
  return `comments c JOIN posts sp ON sp.id = c.post_id ${whereClause(
    filterConditions(filter, { alias: 'c', submoltColumn: 'sp.submolt_name' }),
  )}`;
}

/** Per agent: posts, comments and distinct active UTC days (posting or commenting) in the filter. */
export function agentCountsSql(filter: DataFilter): string {
  return `WITH items AS (
      SELECT ${AGENT('p')} AS agent, 1 AS is_post, date_trunc('day', p.created_at) AS d
        FROM posts p ${whereClause(filterConditions(filter, { alias: 'p' }))}
      UNION ALL
      SELECT ${AGENT('c')} AS agent, 0 AS is_post, date_trunc('day', c.created_at) AS d FROM ${commentsFrom(filter)}
    )
    SELECT agent, sum(is_post)::DOUBLE AS posts, sum(1 - is_post)::DOUBLE AS comments,
      count(DISTINCT d)::DOUBLE AS days
    FROM items WHERE agent IS NOT NULL GROUP BY agent`;
}

export interface PostRow {
  id: string;
  title: string | null;
  author: string | null;
  submolt: string | null;
  t: number;
  score: number;
  comments: number;
}

const POST_COLUMNS = `p.id, p.title, ${AGENT('p')} AS author, p.submolt_name AS submolt,
  epoch_ms(p.created_at)::DOUBLE AS t, (coalesce(p.upvotes, 0) - coalesce(p.downvotes, 0))::DOUBLE AS score,
  (SELECT count(*) FROM comments k WHERE k.post_id = p.id)::DOUBLE AS comments`;

/** Posts created in [startMs, endMs) within the submolt filter, newest last. */
export function postsInSpanSql(startMs: number, endMs: number, filter: DataFilter, limit: number): string {
  const f: DataFilter = { range: [startMs, endMs], submolts: filter.submolts };
  return `SELECT ${POST_COLUMNS} FROM posts p ${whereClause(filterConditions(f, { alias: 'p' }))}
    ORDER BY p.created_at, p.id LIMIT ${sqlNumber(limit)}`;
}

/** Number of posts in [startMs, endMs) within the submolt filter. */
export function postCountInSpanSql(startMs: number, endMs: number, filter: DataFilter): string {
  const f: DataFilter = { range: [startMs, endMs], submolts: filter.submolts };
  return `SELECT count(*)::DOUBLE AS n FROM posts p ${whereClause(filterConditions(f, { alias: 'p' }))}`;
}

/** One post with its full text. */
export function postSql(id: string): string {
  return `SELECT ${POST_COLUMNS}, p.content, p.url FROM posts p WHERE p.id = ${sqlString(id)}`;
}

export interface CommentRow {
  id: string;
  parent: string | null;
  author: string | null;
  t: number;
  score: number;
  content: string | null;
  depth: number | null;
}

/** Every comment of a post, in time order; the tree is rebuilt from parent ids in the page. */
export function threadSql(postId: string, limit: number): string {
  return `SELECT c.id, c.parent_id AS parent, ${AGENT('c')} AS author, epoch_ms(c.created_at)::DOUBLE AS t,
      (coalesce(c.upvotes, 0) - coalesce(c.downvotes, 0))::DOUBLE AS score, c.content, c.depth::DOUBLE AS depth
    FROM comments c WHERE c.post_id = ${sqlString(postId)} ORDER BY c.created_at, c.id LIMIT ${sqlNumber(limit)}`;
}

/** An agent's own posts in the filter, oldest first. */
export function agentPostsSql(agent: string, filter: DataFilter, limit: number): string {
  const cond = [...filterConditions(filter, { alias: 'p' }), `${AGENT('p')} = ${sqlString(agent)}`];
  return `SELECT ${POST_COLUMNS}, p.content FROM posts p ${whereClause(cond)}
    ORDER BY p.created_at, p.id LIMIT ${sqlNumber(limit)}`;
}

/** An agent's comments in the filter, oldest first, with the post they answer. */
export function agentCommentsSql(agent: string, filter: DataFilter, limit: number): string {
  const cond = [
    ...filterConditions(filter, {
      alias: 'c',
      submoltColumn: filter.submolts.length ? 'p.submolt_name' : null,
    }),
    `${AGENT('c')} = ${sqlString(agent)}`,
  ];
  return `SELECT c.id, c.post_id AS post, p.title AS post_title, epoch_ms(c.created_at)::DOUBLE AS t,
      (coalesce(c.upvotes, 0) - coalesce(c.downvotes, 0))::DOUBLE AS score, c.content, c.depth::DOUBLE AS depth
    FROM comments c LEFT JOIN posts p ON p.id = c.post_id ${whereClause(cond)}
    ORDER BY c.created_at, c.id LIMIT ${sqlNumber(limit)}`;
}

/**
 * Interaction partners: whose posts the agent comments on (out) and who comments on the agent's
 * posts (in), counted in comments; self-comments excluded, as in the interaction graph of §6.
 */
export function partnersSql(agent: string, filter: DataFilter, limit: number): string {
  const a = sqlString(agent);
  const cond = filterConditions(filter, {
    alias: 'c',
    submoltColumn: filter.submolts.length ? 'p.submolt_name' : null,
  });
  const base = `FROM comments c JOIN posts p ON p.id = c.post_id`;
  const where = (extra: string) => whereClause([...cond, extra]);
  return `WITH e AS (
      SELECT ${AGENT('c')} AS src, ${AGENT('p')} AS dst ${base}
      ${where(`(${AGENT('c')} = ${a} OR ${AGENT('p')} = ${a})`)}
    ), o AS (
      SELECT dst AS partner, count(*) AS n FROM e WHERE src = ${a} AND dst IS NOT NULL AND dst <> ${a} GROUP BY 1
    ), i AS (
      SELECT src AS partner, count(*) AS n FROM e WHERE dst = ${a} AND src IS NOT NULL AND src <> ${a} GROUP BY 1
    )
    SELECT coalesce(o.partner, i.partner) AS partner, coalesce(o.n, 0)::DOUBLE AS out_n, coalesce(i.n, 0)::DOUBLE AS in_n
    FROM o FULL OUTER JOIN i ON o.partner = i.partner
    ORDER BY out_n + in_n DESC, partner LIMIT ${sqlNumber(limit)}`;
}
