/** Loads raw snapshot columns into an in-memory native DuckDB, using the sql builder for literals. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { RawColumns } from '../../../src/core/metrics/build-frame.ts';
import { join, sql, type SqlValue } from '../../../src/core/sql/sql.ts';

const ts = (ms: number) => new Date(ms);

export async function duckdbWith(raw: RawColumns): Promise<DuckDBConnection> {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  await con.run(`CREATE TABLE posts (id VARCHAR, title VARCHAR, content VARCHAR, upvotes INTEGER, downvotes INTEGER,
    created_at TIMESTAMP, submolt_name VARCHAR, author_id VARCHAR, author_name VARCHAR)`);
  await con.run(`CREATE TABLE comments (id VARCHAR, post_id VARCHAR, parent_id VARCHAR, content VARCHAR, upvotes INTEGER,
    downvotes INTEGER, created_at TIMESTAMP, depth INTEGER, author_id VARCHAR, author_name VARCHAR)`);
  const P = raw.posts;
  const rows = P.id.map((id, i) => {
    const v: SqlValue[] = [
      id,
      P.title?.[i] ?? null,
      P.content?.[i] ?? null,
      P.upvotes?.[i] ?? null,
      P.downvotes?.[i] ?? null,
      ts(P.createdMs[i]),
      P.submoltName?.[i] ?? null,
      P.authorId?.[i] ?? null,
      P.authorName?.[i] ?? null,
    ];
    return sql`${v}`;
  });
  if (rows.length) await con.run(sql`INSERT INTO posts VALUES ${join(rows, ', ')}`.text);
  const C = raw.comments;
  const crows = C.id.map((id, i) => {
    const v: SqlValue[] = [
      id,
      C.postId[i],
      C.parentId?.[i] ?? null,
      C.content?.[i] ?? null,
      C.upvotes?.[i] ?? null,
      C.downvotes?.[i] ?? null,
      ts(C.createdMs[i]),
      C.depth?.[i] ?? null,
      C.authorId?.[i] ?? null,
      C.authorName?.[i] ?? null,
    ];
    return sql`${v}`;
  });
  if (crows.length) await con.run(sql`INSERT INTO comments VALUES ${join(crows, ', ')}`.text);
  return con;
}

/** Runs a query and returns rows as plain JSON objects (numbers as numbers where exact). */
export async function rowsOf(con: DuckDBConnection, text: string): Promise<Record<string, unknown>[]> {
  const r = await con.runAndReadAll(text);
  return r.getRowObjectsJson() as Record<string, unknown>[];
}
