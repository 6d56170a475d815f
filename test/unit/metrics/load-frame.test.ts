import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFrame } from '../../../datasets/lib/load-frame.ts';
import { buildFrame } from '../../../src/core/metrics/build-frame.ts';
import { join as sqlJoin, raw as rawSql, sql } from '../../../src/core/sql/sql.ts';
import { randomRaw, sortedByTime } from './random-frame.ts';
import { duckdbWith } from './duckdb-fixture.ts';

describe('loadFrame reads a Parquet snapshot into the same Frame as buildFrame', () => {
  const dir = mkdtempSync(join(tmpdir(), 'moltscope-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('round-trips posts, comments and int8 vectors', async () => {
    const raw = randomRaw({ seed: 31, posts: 40, comments: 90 });
    const con = await duckdbWith(raw);
    const e = raw.embeddings!;
    await con.run('CREATE TABLE embeddings (id VARCHAR, kind VARCHAR, vec TINYINT[], scale FLOAT)');
    // DuckDB list literals need brackets; the elements are each rendered (and checked) by sql.
    const list = (v: Int8Array) => rawSql(`[${Array.from(v, (x) => sql`${x}`.text).join(', ')}]`);
    const rows = e.id.map(
      (id, i) => sql`(${id}, ${e.kind[i]}, ${list(e.vec[i] as Int8Array)}, ${e.scale[i]})`,
    );
    await con.run(sql`INSERT INTO embeddings VALUES ${sqlJoin(rows, ', ')}`.text);
    for (const t of ['posts', 'comments', 'embeddings'])
      await con.run(`COPY ${t} TO '${join(dir, `${t}.parquet`)}' (FORMAT parquet)`);
    con.closeSync();
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'fixture' }));
    const { frame, manifest } = await loadFrame(dir);
    // loadFrame reads rows in the engine's order, (created_at, id).
    const expected = buildFrame(sortedByTime(raw), { texts: true });
    expect(manifest.name).toBe('fixture');
    expect(frame.agents).toEqual(expected.agents);
    expect(frame.posts.ids).toEqual(expected.posts.ids);
    expect(Array.from(frame.comments.parent)).toEqual(Array.from(expected.comments.parent));
    expect(Array.from(frame.comments.depth)).toEqual(Array.from(expected.comments.depth));
    expect(frame.posts.texts).toEqual(expected.posts.texts);
    expect(frame.dim).toBe(8);
    const a = frame.posts.vectors!;
    const b = expected.posts.vectors!;
    for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i], 6);
  });
});
