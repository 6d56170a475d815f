/**
 * The snapshot filter in SQL: an inclusive UTC date range on created_at and a submolt_name list.
 * Comments take their post's submolt, so comment filters join posts.
 */
import { join, raw, Sql, sql, SqlInjectionError } from './sql.ts';

export interface SqlFilter {
  /** Inclusive first UTC day, YYYY-MM-DD. */
  from?: string;
  /** Inclusive last UTC day, YYYY-MM-DD. */
  to?: string;
  submolts?: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a YYYY-MM-DD day as a UTC Date, rejecting anything else. */
export function parseDay(s: string): Date {
  const d = new Date(`${s}T00:00:00Z`);
  if (!DAY.test(s) || Number.isNaN(d.getTime())) throw new SqlInjectionError(`not a YYYY-MM-DD day: ${s}`);
  return d;
}

/**
 * WHERE conditions for a table alias: created_at of `alias` in range, and the submolt of
 * `submoltAlias` (the posts alias; for comments, their joined post) in the list. TRUE when empty.
 */
export function filterWhere(f: SqlFilter, alias: string, submoltAlias = alias): Sql {
  const parts: Sql[] = [];
  const col = (a: string, c: string) => raw(`${a}.${c}`);
  if (f.from) parts.push(sql`${col(alias, 'created_at')} >= ${parseDay(f.from)}`);
  if (f.to) parts.push(sql`${col(alias, 'created_at')} < ${new Date(parseDay(f.to).getTime() + 86_400_000)}`);
  if (f.submolts && f.submolts.length) parts.push(sql`${col(submoltAlias, 'submolt_name')} IN ${f.submolts}`);
  return parts.length ? join(parts, ' AND ') : raw('TRUE');
}

/** The agent key used everywhere: author_name, or author_id when the name is missing. */
export function agentKey(alias: string): Sql {
  return raw(`coalesce(${alias}.author_name, ${alias}.author_id)`);
}

/** FROM clause of comments with their post joined (alias c and p). */
export const COMMENTS_WITH_POSTS = raw('comments c LEFT JOIN posts p ON p.id = c.post_id');
