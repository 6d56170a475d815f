import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { readParquet } from 'parquet-wasm';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { generateSnapshot } from '../../../datasets/generate/generate';
import { defaultParams } from '../../../datasets/generate/params';
import { validateManifest } from '../../../src/core/snapshot/validate-manifest';
import { validateColumns } from '../../../src/core/snapshot/validate-columns';
import type { TableName } from '../../../src/core/snapshot/tables';

describe('written snapshot files', () => {
  it('validate, read back with DuckDB and parquet-wasm, and are ordered by time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moltscope-snap-'));
    const { manifest } = await generateSnapshot(defaultParams('inert', 'tiny', 5), dir);
    const parsed = validateManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    expect(parsed.synthetic?.scenario).toBe('inert');
    expect(parsed.embedding?.dimensions).toBe(64);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    for (const [table, file] of Object.entries(manifest.files)) {
      const path = join(dir, file!.path);
      const fields = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`))
        .getRowObjectsJS()
        .map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
      const plan = validateColumns(table as TableName, file!.path, fields);
      expect(plan.missing).toEqual([]);
      expect(plan.repairs).toEqual([]);
      const n = (
        await conn.runAndReadAll(`SELECT count(*)::INT AS n FROM read_parquet('${path}')`)
      ).getRowObjectsJS()[0].n;
      expect(n).toBe(file!.rows);
      const arrow = tableFromIPC(readParquet(new Uint8Array(readFileSync(path))).intoIPCStream());
      expect(arrow.numRows).toBe(file!.rows);
    }
    const types = (
      await conn.runAndReadAll(
        `DESCRIBE SELECT created_at FROM read_parquet('${join(dir, 'posts.parquet')}')`,
      )
    ).getRowObjectsJS();
    expect(String(types[0].column_type)).toBe('TIMESTAMP');
    const unordered = (
      await conn.runAndReadAll(
        `SELECT count(*)::INT AS n FROM (SELECT created_at < lag(created_at) OVER () AS back FROM read_parquet('${join(dir, 'comments.parquet')}')) WHERE back`,
      )
    ).getRowObjectsJS()[0].n;
    expect(unordered).toBe(0);
    const norms = (
      await conn.runAndReadAll(
        `SELECT min(s)::DOUBLE AS lo, max(s)::DOUBLE AS hi FROM (SELECT sqrt(list_sum(list_transform(vec, x -> (x * scale) * (x * scale)))) AS s FROM read_parquet('${join(dir, 'embeddings.parquet')}'))`,
      )
    ).getRowObjectsJS()[0];
    expect(Number(norms.lo)).toBeGreaterThan(0.98);
    expect(Number(norms.hi)).toBeLessThan(1.02);
    conn.closeSync();
    db.closeSync();
  }, 60_000);
});
