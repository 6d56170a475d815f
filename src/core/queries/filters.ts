import { sqlStringList, sqlTimestamp } from '../sql/escape';

/** The cross-view filter: the brushed date range and the chosen submolts. */
export interface DataFilter {
  /** Inclusive start, exclusive end, epoch ms UTC. */
  range: [number, number] | null;
  submolts: string[];
}

export const NO_FILTER: DataFilter = { range: null, submolts: [] };

/**
 * WHERE conditions for a table with created_at (and submolt_name, for posts). Comments are
 * filtered by their own time and by their post's submolt, through `postAlias` when given.
 */
export function filterConditions(
  filter: DataFilter,
  opts: { alias?: string; submoltColumn?: string | null } = {},
): string[] {
  const a = opts.alias ? `${opts.alias}.` : '';
  const out: string[] = [];
  if (filter.range) {
    out.push(
      `${a}created_at >= ${sqlTimestamp(filter.range[0])}`,
      `${a}created_at < ${sqlTimestamp(filter.range[1])}`,
    );
  }
  const submoltColumn = opts.submoltColumn === undefined ? `${a}submolt_name` : opts.submoltColumn;
  if (filter.submolts.length && submoltColumn)
    out.push(`${submoltColumn} IN ${sqlStringList(filter.submolts)}`);
  return out;
}

export function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}
