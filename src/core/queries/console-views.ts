import { filterConditions, whereClause, type DataFilter } from './filters';

/**
 * The SQL console's filtered tables: views over posts and comments that follow the app's active
 * date and submolt filter, so a console query can match what the views show. Comments are kept by
 * their own time and their post's submolt (as everywhere in the app).
 */
export const FILTERED_VIEWS = { posts_filtered: 'posts', comments_filtered: 'comments' } as const;
export type FilteredView = keyof typeof FILTERED_VIEWS;

/** The filtered tables' definitions: CREATE OR REPLACE TEMP VIEW statements, one per view. */
export function filteredViewsSql(filter: DataFilter): { name: FilteredView; sql: string }[] {
  const comments = filter.submolts.length
    ? `SELECT c.* FROM comments c JOIN posts p ON p.id = c.post_id ${whereClause(
        filterConditions(filter, { alias: 'c', submoltColumn: 'p.submolt_name' }),
      )}`
    : `SELECT c.* FROM comments c ${whereClause(filterConditions(filter, { alias: 'c', submoltColumn: null }))}`;
  return [
    {
      name: 'posts_filtered',
      sql: `CREATE OR REPLACE TEMP VIEW posts_filtered AS SELECT * FROM posts ${whereClause(filterConditions(filter))}`,
    },
    { name: 'comments_filtered', sql: `CREATE OR REPLACE TEMP VIEW comments_filtered AS ${comments}` },
  ];
}
