import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { LoadNotice } from '../../src/core/worker-api';
import type { TableName } from '../../src/core/snapshot/tables';
import { breakReplyCycles } from './reply-cycles';
import { pushAll } from '../../src/core/bounded';

/**
 * Integrity checks after normalisation. Each problem is either repaired here (with its count in a
 * notice) or reported; nothing is dropped silently.
 */
/** Longest text kept, in characters. */
const MAX_TEXT = 1_000_000;

export async function runChecks(
  conn: AsyncDuckDBConnection,
  schema: string,
  rows: Partial<Record<TableName, number>>,
): Promise<LoadNotice[]> {
  const notices: LoadNotice[] = [];
  const one = async (sql: string): Promise<number> =>
    Number((await conn.query(sql)).toArray()[0]?.toJSON().n ?? 0);

  for (const t of ['posts', 'comments'] as const) {
    if (!rows[t]) continue;
    const badTime = await one(`SELECT count(*) AS n FROM ${schema}.${t} WHERE created_at IS NULL`);
    if (badTime > 0) {
      await conn.query(`DELETE FROM ${schema}.${t} WHERE created_at IS NULL`);
      rows[t] = (rows[t] ?? 0) - badTime;
      notices.push({ table: t, message: `${badTime} ${t} had an unparsable created_at and were left out.` });
    }
    const future = await one(
      `SELECT count(*) AS n FROM ${schema}.${t} WHERE created_at > now()::TIMESTAMP + INTERVAL 1 DAY`,
    );
    if (future > 0) {
      notices.push({
        table: t,
        message: `${future} ${t} are dated in the future (kept as given): check the timestamps.`,
      });
    }
    // Moltbook caps content at 40,000 characters; a far longer cell is an accident or an attack on
    // the viewer, so it is cut (and counted) rather than carried through every view.
    for (const col of t === 'posts' ? ['title', 'content'] : ['content']) {
      const long = await one(`SELECT count(*) AS n FROM ${schema}.${t} WHERE length(${col}) > ${MAX_TEXT}`);
      if (long > 0) {
        await conn.query(
          `UPDATE ${schema}.${t} SET ${col} = left(${col}, ${MAX_TEXT}) || ' [cut by Moltscope]' WHERE length(${col}) > ${MAX_TEXT}`,
        );
        notices.push({
          table: t,
          message: `${long} ${t} had a ${col} longer than ${MAX_TEXT.toLocaleString('en-US')} characters; it was cut to that length.`,
        });
      }
    }
    const negative = await one(`SELECT count(*) AS n FROM ${schema}.${t} WHERE upvotes < 0 OR downvotes < 0`);
    if (negative > 0)
      notices.push({ table: t, message: `${negative} ${t} have negative vote counts (kept as given).` });
  }
  if (rows.comments) {
    const orphans = await one(
      `SELECT count(*) AS n FROM ${schema}.comments c WHERE NOT EXISTS (SELECT 1 FROM ${schema}.posts p WHERE p.id = c.post_id)`,
    );
    if (orphans > 0)
      notices.push({
        table: 'comments',
        message: `${orphans} comments belong to posts not in the dataset (kept; they count in comment totals but not in threads).`,
      });
    const danglingParent = await one(
      `SELECT count(*) AS n FROM ${schema}.comments c WHERE c.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${schema}.comments p WHERE p.id = c.parent_id)`,
    );
    if (danglingParent > 0)
      notices.push({
        table: 'comments',
        message: `${danglingParent} comments reply to a comment not in the dataset; they are treated as top-level.`,
      });
    // A reply chain that returns to where it started, of any length: found in one pass over the
    // parent links (reply-cycles.ts); its members become top-level.
    const cyclic = await breakReplyCycles(conn, schema);
    if (cyclic > 0) {
      notices.push({
        table: 'comments',
        message: `${cyclic} comments were in a reply cycle (each an ancestor of itself); they are treated as top-level.`,
      });
    }
  }
  if (rows.embeddings) pushAll(notices, await checkEmbeddings(conn, schema, rows));
  return notices;
}

/**
 * Vectors that cannot be used (missing, non-finite scale, another length than most) are left out
 * and counted. Run when the embeddings table is loaded, which may be after the dataset opened.
 */
export async function checkEmbeddings(
  conn: AsyncDuckDBConnection,
  schema: string,
  rows: Partial<Record<TableName, number>>,
): Promise<LoadNotice[]> {
  const BAD = `vec IS NULL OR scale IS NULL OR NOT isfinite(scale) OR len(vec) <> (SELECT mode(len(vec)) FROM ${schema}.embeddings)`;
  const bad = Number(
    (await conn.query(`SELECT count(*) AS n FROM ${schema}.embeddings WHERE ${BAD}`)).toArray()[0]?.toJSON()
      .n ?? 0,
  );
  if (bad <= 0) return [];
  await conn.query(`DELETE FROM ${schema}.embeddings WHERE ${BAD}`);
  rows.embeddings = (rows.embeddings ?? 0) - bad;
  return [
    {
      table: 'embeddings',
      message: `${bad} vectors were missing, non-finite or of the wrong length and were left out.`,
    },
  ];
}
