import { DAY_MS } from '../frame';
import { sqlNumber, sqlString } from '../sql/escape';
import { filterConditions, whereClause, type DataFilter } from './filters';

/**
 * SQL for the network view. The interaction graph follows metrics.md §6 and the frame the
 * diagnostics use: node = agent (author_name, else author_id), edge commenter → post author (or,
 * in reply mode, → parent-comment author when the parent is in the data), weight = number of comments, self-loops and
 * unknown authors dropped; comments are filtered by their own time and their post's submolt.
 */

export type EdgeMode = 'post' | 'reply';

const agent = (a: string) => `nullif(coalesce(${a}.author_name, ${a}.author_id), '')`;

/** The filter narrowed to one UTC day (null = the filter's whole range). */
export function dayFilter(filter: DataFilter, day: number | null): DataFilter {
  if (day === null) return filter;
  return { ...filter, range: [day, day + DAY_MS] };
}

/**
 * The weighted edge list as one row of parallel lists (names, src, dst, weight): a single row of
 * lists crosses the worker boundary as a few flat arrays instead of 200,000 small row arrays.
 * src/dst index into names; names are sorted so the numbering does not depend on DuckDB's plan.
 */
export function edgeListSql(filter: DataFilter, mode: EdgeMode): string {
  const target =
    mode === 'reply' ? `CASE WHEN pc.id IS NOT NULL THEN ${agent('pc')} ELSE ${agent('p')} END` : agent('p');
  const conds = filterConditions(filter, { alias: 'c', submoltColumn: 'p.submolt_name' });
  return `WITH e AS (
      SELECT ${agent('c')} AS src, ${target} AS dst, count(*)::DOUBLE AS w
      FROM comments c LEFT JOIN posts p ON p.id = c.post_id
      ${mode === 'reply' ? 'LEFT JOIN comments pc ON pc.id = c.parent_id' : ''}
      ${whereClause(conds)}
      GROUP BY 1, 2
    ), k AS (
      SELECT * FROM e WHERE src IS NOT NULL AND dst IS NOT NULL AND src <> dst
    ), n AS (
      SELECT name, (row_number() OVER (ORDER BY name) - 1)::INTEGER AS i
      FROM (SELECT src AS name FROM k UNION SELECT dst FROM k)
    )
    SELECT
      (SELECT coalesce(list(name ORDER BY i), []) FROM n) AS names,
      coalesce(list(s.i ORDER BY s.i, d.i), []) AS src,
      coalesce(list(d.i ORDER BY s.i, d.i), []) AS dst,
      coalesce(list(k.w ORDER BY s.i, d.i), []) AS weight
    FROM k JOIN n s ON s.name = k.src JOIN n d ON d.name = k.dst`;
}

/** An agent's posts in the filter, newest first, for links into the thread reader. */
export function agentPostsSql(filter: DataFilter, name: string, limit: number): string {
  const conds = [...filterConditions(filter, { alias: 'p' }), `${agent('p')} = ${sqlString(name)}`];
  return `SELECT p.id, p.title, epoch_ms(p.created_at)::DOUBLE AS t,
      (SELECT count(*) FROM comments c WHERE c.post_id = p.id)::DOUBLE AS comments
    FROM posts p ${whereClause(conds)}
    ORDER BY p.created_at DESC, p.id LIMIT ${sqlNumber(limit)}`;
}
