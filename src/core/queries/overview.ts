import { sqlNumber } from '../sql/escape';
import { filterConditions, whereClause, type DataFilter } from './filters';

/**
 * Query builders for the overview. Comments are filtered by their post's submolt, so comment
 * queries join posts only when a submolt filter is set.
 */

function commentsFrom(filter: DataFilter): string {
  if (!filter.submolts.length)
    return `comments c ${whereClause(filterConditions(filter, { alias: 'c', submoltColumn: null }))}`;
  return `comments c JOIN posts p ON p.id = c.post_id ${whereClause(
    filterConditions(filter, { alias: 'c', submoltColumn: 'p.submolt_name' }),
  )}`;
}

/**
 * Totals over the filtered items. Agents and submolts are counted from the items (who posted or
 * commented, where posts were made), not from the agents and submolts tables, which list profiles
 * and directory entries whether or not they appear in the items.
 */
export function totalsSql(filter: DataFilter): string {
  return `SELECT
    (SELECT count(*) FROM posts ${whereClause(filterConditions(filter))})::DOUBLE AS posts,
    (SELECT count(*) FROM ${commentsFrom(filter)})::DOUBLE AS comments,
    (SELECT count(DISTINCT coalesce(author_id, author_name)) FROM posts ${whereClause(filterConditions(filter))})::DOUBLE AS post_authors,
    (SELECT count(DISTINCT coalesce(c.author_id, c.author_name)) FROM ${commentsFrom(filter)})::DOUBLE AS comment_authors,
    (SELECT count(DISTINCT a) FROM (
      SELECT coalesce(author_id, author_name) AS a FROM posts ${whereClause(filterConditions(filter))}
      UNION ALL SELECT coalesce(c.author_id, c.author_name) FROM ${commentsFrom(filter)}
    ))::DOUBLE AS active_agents,
    (SELECT count(DISTINCT submolt_name) FROM posts ${whereClause(filterConditions(filter))})::DOUBLE AS submolts`;
}

export type Bin = 'hour' | 'day';

/** Most bins the timeline fills with zeros (about 7 months of hours, 13 years of days). */
const MAX_BINS = 5000;

/**
 * Posts and comments per hour or day, with empty bins as zeros (so an outage reads as a gap, not as
 * a line drawn across it). Deliberately ignores the date filter: it is the brush's own chart.
 */
export function timelineSql(bin: Bin, filter: DataFilter): string {
  const unfiltered: DataFilter = { ...filter, range: null };
  const step = bin === 'hour' ? 'INTERVAL 1 HOUR' : 'INTERVAL 1 DAY';
  return `WITH p AS (
      SELECT date_trunc('${bin}', created_at) AS t, count(*) AS n FROM posts ${whereClause(filterConditions(unfiltered))} GROUP BY 1
    ), c AS (
      SELECT date_trunc('${bin}', c.created_at) AS t, count(*) AS n FROM ${commentsFrom(unfiltered)} GROUP BY 1
    ), bounds AS (
      SELECT least((SELECT min(t) FROM p), (SELECT min(t) FROM c)) AS lo, greatest((SELECT max(t) FROM p), (SELECT max(t) FROM c)) AS hi
    ), grid AS (
      -- Every bin between the first and the last, unless the span is absurd (timestamps centuries
      -- off): then only the bins that have items, so a broken file cannot make a million-point chart.
      SELECT unnest(range(lo, hi + ${step}, ${step})) AS t FROM bounds
      WHERE lo IS NOT NULL AND date_diff('${bin}', lo, hi) <= ${MAX_BINS}
      UNION SELECT t FROM p UNION SELECT t FROM c
    )
    SELECT epoch_ms(g.t)::DOUBLE AS t, coalesce(p.n, 0)::DOUBLE AS posts, coalesce(c.n, 0)::DOUBLE AS comments
    FROM grid g LEFT JOIN p ON p.t = g.t LEFT JOIN c ON c.t = g.t ORDER BY 1`;
}

export function topSubmoltsSql(filter: DataFilter, limit: number): string {
  return `SELECT coalesce(submolt_name, '(none)') AS label, count(*)::DOUBLE AS value FROM posts
    ${whereClause(filterConditions(filter))} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${sqlNumber(limit)}`;
}

export function topAgentsSql(filter: DataFilter, limit: number): string {
  return `SELECT coalesce(author_name, author_id, '(unknown)') AS label, count(*)::DOUBLE AS value FROM posts
    ${whereClause(filterConditions(filter))} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${sqlNumber(limit)}`;
}

/** Comments-per-post counts at or above this share one overflow bin ("24 or more"). */
export const COMMENTS_PER_POST_CAP = 24;

/**
 * Distribution of comments per post (counted in the data, not the posts' comment_count claim);
 * the last bin, `comments` = COMMENTS_PER_POST_CAP, holds every post with at least that many.
 */
export function commentsPerPostSql(filter: DataFilter): string {
  return `WITH k AS (
      SELECT p.id, count(c.id) AS n FROM posts p LEFT JOIN comments c ON c.post_id = p.id
      ${whereClause(filterConditions(filter, { alias: 'p' }))} GROUP BY p.id
    )
    SELECT least(n, ${COMMENTS_PER_POST_CAP})::DOUBLE AS comments, count(*)::DOUBLE AS posts FROM k GROUP BY 1 ORDER BY 1`;
}

export function submoltListSql(): string {
  return `SELECT submolt_name AS name, count(*)::DOUBLE AS n FROM posts WHERE submolt_name IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`;
}
