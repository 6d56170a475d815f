/**
 * The normaliser: the four staging tables → the clean tables `posts`, `comments`, `agents` and
 * `submolts` of the staging database, with the contract's columns (src/core/snapshot/tables.ts,
 * types of datasets/snapshot/rows.ts SQL_COLUMNS; created_at a TIMESTAMP) plus `ord`, the input
 * order. Every repair and rejection is counted in the report, in the order and with the examples
 * the JavaScript normaliser it replaces gave.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BuildReport } from '../build-report';
import { runChecks } from './checks';
import { COMMENT_SPEC, POST_SPEC } from './item-specs';
import { normaliseDirectory } from './normalise-directory';
import { normaliseItems } from './normalise-items';
import { repairThreadsSql } from './repair-threads-sql';

export interface NormaliseOptions {
  /** Drop items whose text occurs more than this many times (the paper used 1,000); 0 = keep all. */
  dedupeThreshold: number;
}

/** Row counts of the clean tables. */
export type CleanCounts = Record<'posts' | 'comments' | 'agents' | 'submolts', number>;

export async function normaliseStaged(
  conn: DuckDBConnection,
  options: NormaliseOptions,
  report: BuildReport,
): Promise<CleanCounts> {
  await normaliseItems(conn, POST_SPEC, options.dedupeThreshold, report);
  await normaliseItems(conn, COMMENT_SPEC, options.dedupeThreshold, report);
  await repairThreadsSql(conn, report);
  await fillCommentCounts(conn, report);
  await normaliseDirectory(conn, report);
  const counts = (
    await conn.runAndReadAll(
      `SELECT (SELECT count(*) FROM posts) AS posts, (SELECT count(*) FROM comments) AS comments,
              (SELECT count(*) FROM agents) AS agents, (SELECT count(*) FROM submolts) AS submolts`,
    )
  ).getRowObjectsJS()[0];
  return {
    posts: Number(counts.posts),
    comments: Number(counts.comments),
    agents: Number(counts.agents),
    submolts: Number(counts.submolts),
  };
}

/** A post without a comment_count gets the number of its comments that were kept. */
async function fillCommentCounts(conn: DuckDBConnection, report: BuildReport): Promise<void> {
  await runChecks(
    conn,
    { from: 'posts', where: 'comment_count IS NULL' },
    [
      {
        action: 'repaired',
        what: 'post comment_count missing: set to the comments present',
        when: 'true',
        example: 'id',
      },
    ],
    report,
  );
  await conn.run(
    `UPDATE posts SET comment_count = coalesce(
       (SELECT CAST(count(*) AS INTEGER) FROM comments c WHERE c.post_id = posts.id), 0)
     WHERE comment_count IS NULL`,
  );
}
