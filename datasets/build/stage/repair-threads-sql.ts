/**
 * Thread repair of the clean comments table: (parent, post) read from DuckDB as typed arrays in
 * bounded chunks, repaired by thread-repair.ts, and only the changed rows written back through a
 * temporary table. Notes exactly what the JavaScript normaliser noted, in the same order.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BuildReport } from '../build-report';
import { MISSING_PARENT, NO_PARENT, repairThreadArrays, type CutReason } from './thread-repair';

const CUT_NOTES: Record<CutReason, string> = {
  missing: 'comment whose parent is missing made top-level',
  self: 'comment that is its own parent made top-level',
  'other-post': 'comment whose parent is on another post made top-level',
  cycle: 'cycle in parent_id chain broken (comment made top-level)',
};
const DEPTH_NOTE = 'comment depth recomputed from its parent chain';

export async function repairThreadsSql(conn: DuckDBConnection, report: BuildReport): Promise<void> {
  await conn.run(
    `CREATE TABLE comment_idx AS SELECT ord, id, CAST(row_number() OVER (ORDER BY ord) - 1 AS INTEGER) AS idx FROM comments`,
  );
  const n = Number(
    (await conn.runAndReadAll(`SELECT count(*) AS n FROM comment_idx`)).getRowObjectsJS()[0].n,
  );
  const parent = new Int32Array(n);
  const post = new Int32Array(n);
  const given = new Float64Array(n);
  const result = await conn.stream(
    `SELECT i.idx,
            CAST(CASE WHEN c.parent_id IS NULL THEN ${NO_PARENT} ELSE coalesce(p.idx, ${MISSING_PARENT}) END AS INTEGER) AS parent,
            CAST(dense_rank() OVER (ORDER BY c.post_id) AS INTEGER) AS post,
            c.depth
       FROM comments c JOIN comment_idx i USING (ord) LEFT JOIN comment_idx p ON p.id = c.parent_id
      ORDER BY i.idx`,
  );
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const [idx, par, pst, dep] = [0, 1, 2, 3].map((k) => chunk.getColumnValues(k));
    for (let r = 0; r < chunk.rowCount; r++) {
      const i = idx[r] as number;
      parent[i] = par[r] as number;
      post[i] = pst[r] as number;
      given[i] = dep[r] === null ? NaN : (dep[r] as number);
    }
  }
  const { cuts, depth } = repairThreadArrays({ parent, post });
  const cut = new Uint8Array(n);
  for (const c of cuts) cut[c.index] = 1;
  const depthNotes: number[] = [];
  let depthChanges = 0;

  await conn.run(`CREATE TABLE thread_fix (idx INTEGER, cut BOOLEAN, depth INTEGER)`);
  const appender = await conn.createAppender('thread_fix');
  for (let i = 0; i < n; i++) {
    const changed = given[i] !== depth[i];
    if (changed && !Number.isNaN(given[i])) {
      depthChanges++;
      if (depthNotes.length < 3) depthNotes.push(i);
    }
    if (!changed && !cut[i]) continue;
    appender.appendInteger(i);
    appender.appendBoolean(cut[i] === 1);
    appender.appendInteger(depth[i]);
    appender.endRow();
  }
  appender.closeSync();
  await conn.run(
    `UPDATE comments SET parent_id = CASE WHEN f.cut THEN NULL ELSE comments.parent_id END, depth = f.depth
       FROM (SELECT i.ord, f.cut, f.depth FROM thread_fix f JOIN comment_idx i USING (idx)) f
      WHERE comments.ord = f.ord`,
  );

  // The few ids the notes show.
  const byReason = new Map<CutReason, number[]>();
  for (const c of cuts) {
    const list = byReason.get(c.reason) ?? [];
    list.push(c.index);
    byReason.set(c.reason, list);
  }
  const shown = new Set<number>(depthNotes);
  for (const list of byReason.values()) for (const i of list.slice(0, 3)) shown.add(i);
  const ids = new Map<number, string>();
  if (shown.size > 0) {
    const rows = (
      await conn.runAndReadAll(`SELECT idx, id FROM comment_idx WHERE idx IN (${[...shown].join(', ')})`)
    ).getRowObjectsJS();
    for (const r of rows) ids.set(Number(r.idx), String(r.id));
  }
  // Map insertion order = first occurrence: the first three reasons in comment order, then cycles.
  for (const [reason, list] of byReason)
    report.add(
      'repaired',
      CUT_NOTES[reason],
      list.length,
      list.slice(0, 3).map((i) => ids.get(i)!),
    );
  report.add(
    'repaired',
    DEPTH_NOTE,
    depthChanges,
    depthNotes.map((i) => `${ids.get(i)}: ${given[i]} → ${depth[i]}`),
  );
  await conn.run(`DROP TABLE thread_fix; DROP TABLE comment_idx`);
}
