import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { generateSnapshot } from '../../../datasets/generate/generate';
import { defaultParams } from '../../../datasets/generate/params';
import { loadFrame } from '../../../datasets/lib/load-frame';
import { writeGramIndex } from '../../../datasets/snapshot/gram-index';
import { gramIndexRowsOf } from '../../../src/core/metrics/gram-index';
import { DAY_MS } from '../../../src/core/frame';
import { GRAM_INDEX_MAX_N } from '../../../src/core/snapshot/manifest';

/** The index as it used to be made: gramIndexRowsOf over the whole loaded frame, rows as text. */
async function frameIndexRows(dir: string): Promise<string[]> {
  const { frame } = await loadFrame(dir, { vectors: false });
  const rows = gramIndexRowsOf(frame, GRAM_INDEX_MAX_N);
  const day0 = Math.round(frame.day0Ms / DAY_MS);
  const out: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const sub = rows.submolt[r] < 0 ? null : frame.submolts[rows.submolt[r]];
    out.push(
      JSON.stringify([
        ['post', 'comment'][rows.kind[r]],
        day0 + rows.day[r],
        sub,
        rows.n[r],
        rows.gram[r],
        rows.count[r],
      ]),
    );
  }
  return out.sort();
}

async function fileRows(path: string): Promise<string[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const rows = (
      await conn.runAndReadAll(`SELECT kind, day, submolt, n, gram, count FROM read_parquet('${path}')`)
    ).getRows();
    return rows.map((r) => JSON.stringify(r.map((v) => (typeof v === 'bigint' ? Number(v) : v)))).sort();
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

describe('n-gram index streamed from DuckDB', () => {
  it('has exactly the rows (and gram ids) the whole-frame count gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moltscope-grams-'));
    // The generator writes the index with writeGramIndex; recount it from the frame and compare.
    await generateSnapshot(defaultParams('socializing', 'tiny', 11), dir);
    const expected = await frameIndexRows(dir);
    expect(expected.length).toBeGreaterThan(10_000);
    expect(expected.some((r) => r.includes('"comment"'))).toBe(true);
    expect(expected.some((r) => /^\["post",\d+,"[^"]+"/.test(r))).toBe(true);
    expect(await fileRows(join(dir, 'ngrams.parquet'))).toEqual(expected);
    const again = await writeGramIndex(dir);
    expect(again.rows).toBe(expected.length);
  }, 60_000);
});
