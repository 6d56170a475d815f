import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { LoadNotice } from '../../src/core/worker-api';
import type { TableName } from '../../src/core/snapshot/tables';
import { describeWindow, windowBoundsMs, type TimeWindow } from '../../src/core/snapshot/time-window';
import { sql } from '../../src/core/sql/sql';

/** The kinds of items that carry a date a view bins by. */
const DATED = ['posts', 'comments'] as const;

/** Where set-aside items of a table go: a table of the same columns, readable in Explore → SQL. */
export const setAsideTable = (t: (typeof DATED)[number]) => `${t}_set_aside` as const;

/** The set-aside tables, in the order the swap exposes them as views in `main`. */
export const SET_ASIDE_TABLES = DATED.map(setAsideTable);

/**
 * Moves posts and comments dated outside the platform window (snapshot/time-window.ts) out of
 * `posts`/`comments` into `posts_set_aside`/`comments_set_aside`, so that every query and the
 * analysis frame see in-window items only and no time grid is ever stretched by a broken date.
 * Rows with no date are left for the checks (they report and drop them). Comments inside the
 * window on a post set aside stay, like comments on any post missing from the dataset (the orphan
 * check counts them); the notice says how many. Runs before runChecks; updates `rows`.
 */
export async function setAsideOutOfWindow(
  conn: AsyncDuckDBConnection,
  schema: string,
  rows: Partial<Record<TableName, number>>,
  window: TimeWindow,
): Promise<LoadNotice[]> {
  const { startMs, endMs } = windowBoundsMs(window);
  const outside = sql`created_at IS NOT NULL AND (created_at < ${new Date(startMs)} OR created_at >= ${new Date(endMs)})`;
  const moved: Partial<Record<(typeof DATED)[number], number>> = {};
  for (const t of DATED) {
    const target = `${schema}.${setAsideTable(t)}`;
    // Always created (empty when nothing is set aside), so the names answer in every dataset.
    await conn.query(`CREATE TABLE ${target} AS SELECT * FROM ${schema}.${t} WHERE ${outside.text}`);
    const n = Number((await conn.query(`SELECT count(*) AS n FROM ${target}`)).toArray()[0]?.toJSON().n ?? 0);
    if (n > 0) {
      await conn.query(`DELETE FROM ${schema}.${t} WHERE ${outside.text}`);
      rows[t] = (rows[t] ?? 0) - n;
    }
    moved[t] = n;
  }
  const posts = moved.posts ?? 0;
  const comments = moved.comments ?? 0;
  if (posts + comments === 0) return [];
  const kept =
    posts > 0
      ? Number(
          (
            await conn.query(
              `SELECT count(*) AS n FROM ${schema}.comments c WHERE c.post_id IN (SELECT id FROM ${schema}.${setAsideTable('posts')})`,
            )
          )
            .toArray()[0]
            ?.toJSON().n ?? 0,
        )
      : 0;
  const what = [
    posts > 0 ? `${posts.toLocaleString('en-US')} ${posts === 1 ? 'post' : 'posts'}` : '',
    comments > 0 ? `${comments.toLocaleString('en-US')} ${comments === 1 ? 'comment' : 'comments'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const where = [posts > 0 ? setAsideTable('posts') : '', comments > 0 ? setAsideTable('comments') : '']
    .filter(Boolean)
    .join(' / ');
  const orphans =
    kept > 0
      ? ` ${kept.toLocaleString('en-US')} ${kept === 1 ? 'comment' : 'comments'} inside the window reply to a set-aside post; they are kept, like comments on posts not in the dataset.`
      : '';
  return [
    {
      table: posts > 0 ? 'posts' : 'comments',
      message:
        `${what} dated outside ${describeWindow(window)} (the platform's time window) ${posts + comments === 1 ? 'was' : 'were'} set aside, ` +
        `so no chart bins them; see them in Explore → SQL as ${where}.${orphans}`,
    },
  ];
}

/**
 * First and last created_at of the loaded posts and comments (ISO-8601), for a manifest whose
 * claimed dateRange reached beyond what is left once items were set aside: captions and the
 * dataset card then describe the data shown, not 1938 to 9999. Null when no item is left.
 */
export async function loadedDateRange(
  conn: AsyncDuckDBConnection,
  schema: string,
): Promise<{ start: string; end: string } | null> {
  const r = (
    await conn.query(
      `SELECT epoch_ms(min(t))::DOUBLE AS s, epoch_ms(max(t))::DOUBLE AS e FROM (
        SELECT created_at AS t FROM ${schema}.posts UNION ALL SELECT created_at FROM ${schema}.comments)`,
    )
  )
    .toArray()[0]
    ?.toJSON() as { s: number | null; e: number | null } | undefined;
  if (r?.s === null || r?.s === undefined || r.e === null) return null;
  return { start: new Date(Number(r.s)).toISOString(), end: new Date(Number(r.e)).toISOString() };
}
