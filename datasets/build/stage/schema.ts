/**
 * The staging contract between the builder's two halves.
 *
 * Importers (the front half: Parquet, JSONL, JSON, CSV, folders, every public layout) put rows into
 * four staging tables of an on-disk DuckDB database, as they come: every column VARCHAR, nothing
 * repaired yet. The normaliser (the back half) reads only these tables, repairs and counts in SQL,
 * and writes the snapshot. Neither half holds all rows in JavaScript; the staging database lives in
 * the build's temporary folder and spills to disk past DuckDB's memory limit.
 *
 * `ord` is the row's position in the input as a whole (inputs in the order given, rows in file
 * order): "first occurrence kept" means the smallest `ord`. Importers take it from `Stage.nextOrd`.
 */

/** Raw columns of each staging table (the same fields as datasets/build/raw.ts), all VARCHAR. */
export const STAGE_COLUMNS = {
  posts: [
    'id',
    'title',
    'content',
    'url',
    'upvotes',
    'downvotes',
    'comment_count',
    'created_at',
    'submolt_id',
    'submolt_name',
    'submolt_display_name',
    'author_id',
    'author_name',
  ],
  comments: [
    'id',
    'post_id',
    'parent_id',
    'content',
    'upvotes',
    'downvotes',
    'created_at',
    'depth',
    'author_id',
    'author_name',
    'author_karma',
    'author_follower_count',
  ],
  agents: ['id', 'name', 'description', 'karma', 'follower_count', 'following_count', 'created_at'],
  submolts: ['id', 'name', 'display_name', 'description', 'subscriber_count'],
} as const;

export type StageTable = keyof typeof STAGE_COLUMNS;

/** Name of a staging table in the staging database. */
export const stageTableName = (t: StageTable): string => `raw_${t}`;

/**
 * SQL that creates the four staging tables: `ord BIGINT` first, then the raw columns as VARCHAR.
 * Timestamps are staged as text: ISO-8601 (any zone) or epoch digits, read later by the one rule
 * of src/core/snapshot/timestamp-rule.ts (a TIMESTAMP source column is staged as its UTC ISO text).
 */
export function createStageTablesSql(): string {
  return (Object.keys(STAGE_COLUMNS) as StageTable[])
    .map(
      (t) =>
        `CREATE TABLE ${stageTableName(t)} (ord BIGINT NOT NULL, ${STAGE_COLUMNS[t]
          .map((c) => `"${c}" VARCHAR`)
          .join(', ')});`,
    )
    .join('\n');
}
