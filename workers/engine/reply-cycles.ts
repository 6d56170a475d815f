import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { findReplyCycles } from '../../src/core/snapshot/reply-cycles';

/**
 * Finds reply cycles of any length in `schema.comments` and makes their members top-level.
 * DuckDB numbers the comments and resolves each parent to a row number; the cycle search runs
 * over that one Int32Array (4 bytes a comment) rather than a recursive walk, whose rows grow with
 * depth times comments. Returns how many comments were on a cycle.
 */
export async function breakReplyCycles(conn: AsyncDuckDBConnection, schema: string): Promise<number> {
  await conn.query(
    `CREATE TEMP TABLE comment_rows__ AS SELECT id, parent_id, (row_number() OVER () - 1)::INTEGER AS i FROM ${schema}.comments`,
  );
  try {
    // One row holding the parent of every comment in row order: a single Int32 list, whichever
    // way the result is read (an Arrow vector here, a plain array in Node tests).
    const res = await conn.query(
      `SELECT list(coalesce(p.i, -1)::INTEGER ORDER BY c.i) AS parents FROM comment_rows__ c LEFT JOIN comment_rows__ p ON p.id = c.parent_id`,
    );
    const list = res.toArray()[0]?.toJSON().parents as { toArray?: () => Int32Array } | number[] | null;
    const parent =
      list == null
        ? new Int32Array(0)
        : Int32Array.from('toArray' in list && list.toArray ? list.toArray() : (list as number[]));
    const { onCycle, members } = findReplyCycles(parent);
    if (members === 0) return 0;
    const ids: number[] = [];
    for (let i = 0; i < onCycle.length; i++) if (onCycle[i]) ids.push(i);
    await conn.query(`CREATE TEMP TABLE cycle_rows__ (i INTEGER)`);
    try {
      // Plain integers written here, in chunks so no statement grows without bound.
      for (let k = 0; k < ids.length; k += 10_000) {
        await conn.query(
          `INSERT INTO cycle_rows__ VALUES ${ids
            .slice(k, k + 10_000)
            .map((i) => `(${i | 0})`)
            .join(',')}`,
        );
      }
      await conn.query(
        `UPDATE ${schema}.comments SET parent_id = NULL WHERE id IN (SELECT r.id FROM comment_rows__ r JOIN cycle_rows__ USING (i))`,
      );
    } finally {
      await conn.query(`DROP TABLE IF EXISTS cycle_rows__`);
    }
    return members;
  } finally {
    await conn.query(`DROP TABLE IF EXISTS comment_rows__`);
  }
}
