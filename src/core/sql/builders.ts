/**
 * SQL for the diagnostics DuckDB can answer directly, over the snapshot tables posts and comments.
 * Each builder returns one SELECT; the TS diagnostics in core/metrics give the same numbers (tested).
 */
import { agentKey, COMMENTS_WITH_POSTS, filterWhere, type SqlFilter } from './filters.ts';
import { Sql, sql } from './sql.ts';

const cp = COMMENTS_WITH_POSTS;

/** Posts and comments per UTC day: day (DATE), posts, comments. */
export function dailyCountsSql(f: SqlFilter = {}): Sql {
  return sql`WITH pd AS (SELECT CAST(p.created_at AS DATE) AS day, count(*) AS n FROM posts p WHERE ${filterWhere(f, 'p')} GROUP BY 1),
cd AS (SELECT CAST(c.created_at AS DATE) AS day, count(*) AS n FROM ${cp} WHERE ${filterWhere(f, 'c', 'p')} GROUP BY 1)
SELECT coalesce(pd.day, cd.day) AS day, coalesce(pd.n, 0) AS posts, coalesce(cd.n, 0) AS comments
FROM pd FULL OUTER JOIN cd ON pd.day = cd.day ORDER BY day`;
}

/**
 * Target agent of a comment: the post author, or in reply mode the parent comment's author for
 * replies. Expects aliases c (comment), p (post), pc (parent comment).
 */
function targetExpr(mode: 'post' | 'reply'): Sql {
  return mode === 'reply'
    ? sql`CASE WHEN c.parent_id IS NOT NULL AND pc.id IS NOT NULL THEN ${agentKey('pc')} ELSE ${agentKey('p')} END`
    : agentKey('p');
}

/** Weighted directed edges commenter → target per UTC day (self-loops and unknowns dropped). */
export function dailyEdgesSql(f: SqlFilter = {}, mode: 'post' | 'reply' = 'post'): Sql {
  return sql`SELECT CAST(c.created_at AS DATE) AS day, ${agentKey('c')} AS src, ${targetExpr(mode)} AS dst, count(*) AS weight
FROM ${cp} LEFT JOIN comments pc ON pc.id = c.parent_id
WHERE ${filterWhere(f, 'c', 'p')} AND src IS NOT NULL AND dst IS NOT NULL AND src <> dst
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
}

/** Reciprocity over distinct directed pairs: pairs, reciprocated, reciprocity. */
export function reciprocitySql(f: SqlFilter = {}, mode: 'post' | 'reply' = 'post'): Sql {
  return sql`WITH e AS (SELECT DISTINCT ${agentKey('c')} AS src, ${targetExpr(mode)} AS dst
  FROM ${cp} LEFT JOIN comments pc ON pc.id = c.parent_id
  WHERE ${filterWhere(f, 'c', 'p')} AND src IS NOT NULL AND dst IS NOT NULL AND src <> dst)
SELECT count(*) AS pairs, count(r.src) AS reciprocated, count(r.src) / nullif(count(*), 0) AS reciprocity
FROM e LEFT JOIN e r ON r.src = e.dst AND r.dst = e.src`;
}

/**
 * Gini of upvotes received (posts + comments) and of posts, over agents with ≥ 1 post in the filter:
 * G = 2·Σ i·x_(i) / (n·Σx) − (n+1)/n.
 */
export function giniSql(f: SqlFilter = {}): Sql {
  return sql`WITH pa AS (SELECT ${agentKey('p')} AS agent, count(*) AS posts, sum(coalesce(p.upvotes, 0)) AS up FROM posts p
  WHERE ${filterWhere(f, 'p')} AND agent IS NOT NULL GROUP BY 1),
ca AS (SELECT ${agentKey('c')} AS agent, sum(coalesce(c.upvotes, 0)) AS up FROM ${cp}
  WHERE ${filterWhere(f, 'c', 'p')} AND agent IS NOT NULL GROUP BY 1),
x AS (SELECT pa.agent, CAST(pa.posts AS DOUBLE) AS posts, greatest(0, pa.up + coalesce(ca.up, 0))::DOUBLE AS up FROM pa LEFT JOIN ca USING (agent)),
ru AS (SELECT up, row_number() OVER (ORDER BY up) AS i FROM x),
rp AS (SELECT posts, row_number() OVER (ORDER BY posts) AS i FROM x),
n AS (SELECT count(*) AS n FROM x)
SELECT (SELECT n FROM n) AS agents,
  CASE WHEN (SELECT sum(up) FROM ru) = 0 THEN 0 ELSE 2 * (SELECT sum(i * up) FROM ru) / ((SELECT n FROM n) * (SELECT sum(up) FROM ru)) - ((SELECT n FROM n) + 1) / (SELECT n FROM n) END AS upvote_gini,
  2 * (SELECT sum(i * posts) FROM rp) / ((SELECT n FROM n) * (SELECT sum(posts) FROM rp)) - ((SELECT n FROM n) + 1) / (SELECT n FROM n) AS post_gini`;
}

/**
 * Thread depth from the parent chain (recursive; top level = 1, the paper's convention):
 * threads, mean of per-thread max depth (paper and API conventions), share with max depth ≥ deepAt.
 */
export function threadDepthSql(f: SqlFilter = {}, deepAt = 5): Sql {
  return sql`WITH RECURSIVE d(id, depth) AS (
  SELECT id, 1 FROM comments WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM comments)
  UNION ALL SELECT k.id, d.depth + 1 FROM comments k JOIN d ON k.parent_id = d.id),
t AS (SELECT c.post_id, max(d.depth) AS maxd FROM ${cp} JOIN d ON d.id = c.id
  WHERE ${filterWhere(f, 'c', 'p')} AND p.id IS NOT NULL AND ${filterWhere(f, 'p')} GROUP BY 1)
SELECT count(*) AS threads, avg(maxd) AS mean_max_depth_paper, avg(maxd) - 1 AS mean_max_depth_api,
  avg(CASE WHEN maxd >= ${deepAt} THEN 1.0 ELSE 0.0 END) AS deep_share FROM t`;
}

/** Reply incidence and median delay (seconds) from a comment to its first direct reply. */
export function replyStatsSql(f: SqlFilter = {}): Sql {
  return sql`WITH r AS (SELECT parent_id, min(created_at) AS first_reply FROM comments WHERE parent_id IS NOT NULL GROUP BY 1),
x AS (SELECT c.id, epoch_ms(r.first_reply) - epoch_ms(c.created_at) AS delay_ms
  FROM ${cp} LEFT JOIN r ON r.parent_id = c.id WHERE ${filterWhere(f, 'c', 'p')})
SELECT count(*) AS comments, avg(CASE WHEN delay_ms IS NOT NULL THEN 1.0 ELSE 0.0 END) AS reply_incidence,
  median(delay_ms) / 1000.0 AS median_reply_delay_sec FROM x`;
}

/** Posts, comments and upvotes received per agent in the filter. */
export function agentActivitySql(f: SqlFilter = {}): Sql {
  return sql`WITH pa AS (SELECT ${agentKey('p')} AS agent, count(*) AS posts, sum(coalesce(p.upvotes, 0)) AS up FROM posts p
  WHERE ${filterWhere(f, 'p')} GROUP BY 1),
ca AS (SELECT ${agentKey('c')} AS agent, count(*) AS comments, sum(coalesce(c.upvotes, 0)) AS up FROM ${cp}
  WHERE ${filterWhere(f, 'c', 'p')} GROUP BY 1)
SELECT agent, coalesce(pa.posts, 0) AS posts, coalesce(ca.comments, 0) AS comments,
  coalesce(pa.up, 0) + coalesce(ca.up, 0) AS upvotes
FROM pa FULL OUTER JOIN ca USING (agent) WHERE agent IS NOT NULL ORDER BY posts DESC, comments DESC, agent`;
}

/** Posts whose author name matches a search term (ILIKE, wildcards in the term escaped). */
export function searchPostsSql(term: string, f: SqlFilter = {}, limit = 50): Sql {
  const pattern = `%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return sql`SELECT p.id, p.title, p.author_name, p.submolt_name, p.created_at FROM posts p
WHERE ${filterWhere(f, 'p')} AND (p.author_name ILIKE ${pattern} ESCAPE '\\' OR p.title ILIKE ${pattern} ESCAPE '\\')
ORDER BY p.created_at LIMIT ${Math.max(0, Math.floor(limit))}`;
}
