import type { ColumnIndex } from './column-index';
import { FIELD_RULES, SCORE_PATHS, VOTE_PATHS, type FieldRule, type StagingTable } from './field-rules';

/** How one staging column is read from one file: the paths found, and what to do with them. */
export interface ResolvedField {
  column: string;
  /**
   * - `coalesce`: the first non-null of `paths`, as text;
   * - `prefixed`: `prefix` + the first non-null of `paths` (a name-derived id);
   * - `net-up` / `net-down`: that side of the net score in `paths`;
   * - `none`: the file does not have it (staged as NULL).
   */
  mode: 'coalesce' | 'prefixed' | 'net-up' | 'net-down' | 'none';
  paths: string[];
  /** Present with mode `prefixed`. */
  prefix?: string;
  /** The post's id paths, for a url that must not be the post's own page. */
  ownPostIdPaths?: string[];
}

function resolveRule(column: string, r: FieldRule, cols: ColumnIndex, idPaths: string[]): ResolvedField {
  const ownPostIdPaths = r.dropOwnPostUrl && idPaths.length ? { ownPostIdPaths: idPaths } : {};
  const paths = r.from.filter((p) => cols.hasValue(p));
  if (paths.length) return { column, mode: 'coalesce', paths, ...ownPostIdPaths };
  if (r.netScore && !VOTE_PATHS.some((p) => cols.has(p))) {
    const score = SCORE_PATHS.filter((p) => cols.hasValue(p));
    if (score.length) return { column, mode: r.netScore === 'up' ? 'net-up' : 'net-down', paths: score };
  }
  if (r.fallback) {
    const named = r.fallback.from.filter((p) => cols.hasValue(p));
    if (named.length) return { column, mode: 'prefixed', paths: named, prefix: r.fallback.prefix };
  }
  return { column, mode: 'none', paths: [] };
}

/** Resolves every staging column of `table` against a file's columns, in staging column order. */
export function resolveFields(table: StagingTable, cols: ColumnIndex): ResolvedField[] {
  const rules: Record<string, FieldRule> = FIELD_RULES[table];
  const idPaths = rules.id.from.filter((p) => cols.hasValue(p));
  return Object.entries(rules).map(([column, r]) => resolveRule(column, r, cols, idPaths));
}

/** Every path the resolved fields read (what a reader must load, nothing more). */
export function usedPaths(fields: readonly ResolvedField[]): string[] {
  const all = fields.flatMap((f) => [...f.paths, ...(f.ownPostIdPaths ?? [])]);
  return [...new Set(all)];
}
