/**
 * The layout SQL run on DuckDB, and the same rules evaluated on JSON objects: both roads must
 * stage the same text for the same record.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ColumnIndex,
  detectLayout,
  rowFromObject,
  selectListSql,
  type SourceColumn,
} from '../../../../src/core/layouts';

let db: DuckDBInstance;
let conn: DuckDBConnection;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
  // A zone far from UTC: staged timestamps must not depend on the session.
  await conn.run(`SET TimeZone = 'Pacific/Kiritimati'`);
});
afterAll(() => {
  conn.closeSync();
  db.closeSync();
});

/** Stages the rows of `from` (a SELECT) by the layout its DESCRIBE gives. */
async function stageSelect(from: string): Promise<Record<string, unknown>[]> {
  const described = (await conn.runAndReadAll(`DESCRIBE ${from}`)).getRowObjectsJS();
  const columns: SourceColumn[] = described.map((r) => ({
    name: String(r.column_name),
    type: String(r.column_type),
  }));
  const m = detectLayout(columns);
  if (!m.ok) throw new Error(m.reason);
  const sql = `SELECT ${selectListSql(m.fields, new ColumnIndex(columns))} FROM (${from})`;
  return (await conn.runAndReadAll(sql)).getRowObjectsJS();
}

describe('layout SQL on DuckDB', () => {
  it('stages TIMESTAMP, TIMESTAMPTZ, TIMESTAMP_NS and DATE as UTC ISO text, whatever the session zone', async () => {
    const rows = await stageSelect(`SELECT 'p' || i AS id, 't' AS title, CASE i
        WHEN 0 THEN NULL ELSE NULL END AS content, ts AS created_at FROM (VALUES
        (1, TIMESTAMPTZ '2026-01-31 20:11:19.470626+02:00')) v(i, ts)`);
    expect(rows[0].created_at).toBe('2026-01-31T18:11:19.470626Z');
    const local = await stageSelect(
      `SELECT 'p' AS id, 't' AS title, TIMESTAMP_NS '2026-01-31 18:11:19.470626' AS created_at`,
    );
    expect(local[0].created_at).toBe('2026-01-31T18:11:19.470626Z');
    const day = await stageSelect(`SELECT 'p' AS id, 't' AS title, DATE '2026-01-31' AS created_at`);
    expect(day[0].created_at).toBe('2026-01-31T00:00:00.000000Z');
    const epoch = await stageSelect(`SELECT 'p' AS id, 't' AS title, 1769883079.47::DOUBLE AS created_at`);
    expect(epoch[0].created_at).toBe('1769883079.470');
    const text = await stageSelect(
      `SELECT 'p' AS id, 't' AS title, '2026-01-31T18:11:19.470Z' AS created_at`,
    );
    expect(text[0].created_at).toBe('2026-01-31T18:11:19.470Z');
  });

  it('splits a net score into upvotes and downvotes as integers', async () => {
    const rows =
      await stageSelect(`SELECT 'p' || s AS id, 't' AS title, '2026-02-01' AS created_at, 'ag' AS agent_name, s AS score
      FROM (VALUES ('5'), ('-3'), ('0'), ('junk'), (NULL), ('2.5')) v(s)`);
    expect(rows.map((r) => [r.upvotes, r.downvotes])).toEqual([
      ['5', '0'],
      ['0', '3'],
      ['0', '0'],
      [null, null],
      [null, null],
      ['2.5', '0'],
    ]);
    expect(rows[0].author_id).toBe('name:ag');
  });

  it('reads hostile names and values as data, never as SQL', async () => {
    const rows =
      await stageSelect(`SELECT 'x''); DROP TABLE t; --' AS id, 'o''brien' AS title, '2026-02-01' AS created_at,
      {'id': 'a"b', 'name': 'n''); --'} AS author, 'https://www.moltbook.com/post/x''); DROP TABLE t; --' AS url`);
    expect(rows[0]).toMatchObject({ id: "x'); DROP TABLE t; --", author_id: 'a"b', author_name: "n'); --" });
    // The post's own page is not a posted link.
    expect(rows[0].url).toBeNull();
  });
});

describe('the same rules on JSON objects', () => {
  const objects: Record<string, unknown>[] = [
    {
      id: 'p1',
      title: 'nested',
      created_at: '2026-02-01T00:00:00Z',
      author_id: null,
      author: { id: 'a1', name: 'Ann', karma: 3 },
      submolt: { id: 's1', name: 'general', display_name: 'General' },
      upvotes: 4,
      downvotes: 1,
      url: 'https://example.org/x',
    },
    {
      id: 'p2',
      title: 'names',
      created_at: '2026-02-01T00:00:00Z',
      author: 'Bo',
      submolt: 'philosophy',
      score: -4,
    },
    {
      id: 'p3',
      title: 'own page',
      created_at: '2026-02-01T00:00:00Z',
      url: 'https://www.moltbook.com/post/p3',
    },
  ];

  it('gives what the SQL gives for the same record', async () => {
    const staged: unknown[] = [];
    for (const o of objects) {
      const js = rowFromObject('posts', o);
      staged.push(js);
      // The record as DuckDB's JSON reader would type it.
      const values = JSON.stringify(o).replaceAll("'", "''");
      const sqlRows = await stageSelect(
        `SELECT UNNEST(from_json('${values}', json_structure('${values}')::VARCHAR)) `,
      );
      const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
      expect(Object.fromEntries(Object.entries(js).map(([k, v]) => [k, text(v)]))).toEqual(
        Object.fromEntries(Object.entries(sqlRows[0]).map(([k, v]) => [k, text(v)])),
      );
    }
    expect(staged).toMatchObject([
      {
        author_id: 'a1',
        author_name: 'Ann',
        submolt_display_name: 'General',
        upvotes: 4,
        url: 'https://example.org/x',
      },
      { author_id: 'name:Bo', submolt_id: 'philosophy', upvotes: 0, downvotes: 4 },
      { url: null, author_id: null },
    ]);
  });
});
