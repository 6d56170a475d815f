import { FILTERED_VIEWS } from '../../core/queries/console-views';
import type { DataFilter } from '../../core/queries/filters';
import { DAY_MS } from '../../core/frame';
import { formatDay } from '../../format/numbers';

/**
 * The identifiers of a SQL text, lower-cased, with string literals and comments skipped and
 * double-quoted identifiers unquoted. A lexical scan, not a parse: a CTE or alias that reuses a
 * table's name counts as that table (the line under the result says "named", not "read").
 */
export function identifiers(sql: string): Set<string> {
  const out = new Set<string>();
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'") {
      i = skipQuoted(sql, i, "'");
    } else if (ch === '"') {
      const end = skipQuoted(sql, i, '"');
      out.add(
        sql
          .slice(i + 1, end - 1)
          .replace(/""/g, '"')
          .toLowerCase(),
      );
      i = end;
    } else if (sql.startsWith('--', i)) {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (sql.startsWith('/*', i)) {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (/[\p{L}_]/u.test(ch)) {
      const m = /^[\p{L}\p{N}_$]+/u.exec(sql.slice(i))!;
      out.add(m[0].toLowerCase());
      i += m[0].length;
    } else {
      i++;
    }
  }
  return out;
}

function skipQuoted(sql: string, start: number, q: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === q) {
      if (sql[i + 1] === q) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

/** The active filter in words: "2026-01-29 to 2026-01-31 UTC, m/general". */
export function filterWords(filter: DataFilter): string {
  const parts: string[] = [];
  if (filter.range) parts.push(`${formatDay(filter.range[0])} to ${formatDay(filter.range[1] - DAY_MS)} UTC`);
  if (filter.submolts.length) parts.push(filter.submolts.map((s) => `m/${s}`).join(', '));
  return parts.join(', ') || 'no filter: all days, all submolts';
}

/**
 * Which of the loaded tables and filtered views a statement names, each with the rows it stands
 * for: "posts (all days, all submolts)", "comments_filtered (2026-01-29 to 2026-01-31 UTC, m/general)".
 */
export function tablesUsed(sql: string, tables: readonly string[], filter: DataFilter): string[] {
  const ids = identifiers(sql);
  const out: string[] = [];
  const filtered = new Set<string>(Object.values(FILTERED_VIEWS));
  for (const t of tables) {
    if (!ids.has(t.toLowerCase())) continue;
    out.push(filtered.has(t) ? `${t} (all days, all submolts)` : t);
  }
  for (const v of Object.keys(FILTERED_VIEWS)) if (ids.has(v)) out.push(`${v} (${filterWords(filter)})`);
  return out;
}
