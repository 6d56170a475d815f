/**
 * Staged posts or comments → the clean table of the same name: row checks, then duplicate ids
 * (first ord kept), then mass-duplicate texts (--dedupe-threshold; text-less items never count as
 * one repeated text), then, for comments, orphans. Each step is counted in the report in the order
 * the JavaScript normaliser ran them. The clean table keeps `ord` (input order) next to the
 * contract's columns.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BuildReport } from '../build-report';
import { runChecks } from './checks';
import { idSql, timestampSql } from './field-sql';
import type { ItemSpec } from './item-specs';
import { stageTableName } from './schema';

export async function normaliseItems(
  conn: DuckDBConnection,
  spec: ItemSpec,
  dedupeThreshold: number,
  report: BuildReport,
): Promise<void> {
  const t = spec.table;
  const parsed = `${t}_parsed`;
  await conn.run(
    `CREATE OR REPLACE TEMP VIEW ${parsed} AS SELECT r.*, ${idSql('r.id')} AS _id,
       ${timestampSql('r.created_at')} AS _t${spec.parsed.map((p) => `, ${p}`).join('')}
     FROM ${stageTableName(t)} r`,
  );
  await runChecks(conn, { from: parsed }, spec.rowChecks, report);
  await conn.run(
    `CREATE TABLE ${t}_valid AS SELECT ord, ${spec.select.join(', ')} FROM ${parsed} WHERE ${spec.valid}`,
  );
  await conn.run(`DROP VIEW ${parsed}`);

  // Every row that is set aside below, by ord.
  await conn.run(
    `CREATE TABLE ${t}_dropped AS SELECT ord FROM (
       SELECT ord, row_number() OVER (PARTITION BY id ORDER BY ord) AS k FROM ${t}_valid) WHERE k > 1`,
  );
  await runChecks(
    conn,
    { from: `${t}_valid SEMI JOIN ${t}_dropped USING (ord)` },
    [
      {
        action: 'rejected',
        what: `duplicate ${spec.noun} id (first occurrence kept)`,
        when: 'true',
        example: 'id',
      },
    ],
    report,
  );
  if (dedupeThreshold > 0) {
    const massive = `(SELECT ord, key FROM (
        SELECT ord, key, count(*) OVER (PARTITION BY key) AS freq
          FROM (SELECT ord, ${spec.textKey} AS key FROM ${t}_valid ANTI JOIN ${t}_dropped USING (ord))
         WHERE key <> ${spec.emptyKey})
       WHERE freq > ${dedupeThreshold})`;
    await conn.run(`CREATE TABLE ${t}_massive AS ${massive}`);
    await runChecks(
      conn,
      { from: `${t}_massive` },
      [
        {
          action: 'rejected',
          what: `${spec.noun} whose text repeats more than ${dedupeThreshold} times (--dedupe-threshold)`,
          when: 'true',
          example: 'key',
        },
      ],
      report,
    );
    await conn.run(`INSERT INTO ${t}_dropped SELECT ord FROM ${t}_massive`);
    await conn.run(`DROP TABLE ${t}_massive`);
  }
  if (t === 'comments') {
    const orphans = `(SELECT ord, id, post_id FROM comments_valid c ANTI JOIN comments_dropped USING (ord)
       WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = c.post_id))`;
    await runChecks(
      conn,
      { from: orphans },
      [
        {
          action: 'rejected',
          what: 'orphan comment (its post is not in the input)',
          when: 'true',
          example: `id || ' → ' || post_id`,
        },
      ],
      report,
    );
    await conn.run(`INSERT INTO comments_dropped SELECT ord FROM ${orphans}`);
  }
  await conn.run(`CREATE TABLE ${t} AS SELECT * FROM ${t}_valid ANTI JOIN ${t}_dropped USING (ord)`);
  await conn.run(`DROP TABLE ${t}_valid; DROP TABLE ${t}_dropped`);
}
