/**
 * The snapshot's n-gram index (ngrams.parquet): how often each n-gram (n = 1..3) occurs among the
 * posts, and among the comments, of each UTC day and submolt. Lexical turnover reads it instead of
 * tokenising every text in the browser, which at paper scale takes seconds; the browser checks it
 * against the loaded items before trusting it (see src/core/metrics/gram-index.ts).
 *
 * The counts come from the very code the browser would otherwise run (gramIndexRowsOf: the shared
 * tokeniser and coder over loadFrame's texts). Rows with n = 0 count the items of each (day,
 * submolt): the browser compares them with the items it loaded, so an index that does not describe
 * these very items is never used.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadFrame } from '../lib/load-frame.ts';
import { gramIndexRowsOf } from '../../src/core/metrics/gram-index.ts';
import { DAY_MS } from '../../src/core/frame.ts';
import { GRAM_INDEX_MAX_N, type GramIndexInfo } from '../../src/core/snapshot/manifest.ts';
import { TOKENIZER_VERSION } from '../../src/core/text/tokenize.ts';
import { quoteString } from '../../src/core/sql/sql.ts';
import { ROW_GROUP_SIZE } from './parquet-copy.ts';

export interface GramIndexFile {
  path: string;
  rows: number;
  bytes: number;
  info: GramIndexInfo;
}

/** Kind codes of GramIndexRows (0 posts, 1 comments) as the index's `kind` values. */
const KIND_NAMES = ['post', 'comment'];

/** Builds ngrams.parquet in `dir` from the snapshot's posts.parquet and comments.parquet there. */
export async function writeGramIndex(dir: string): Promise<GramIndexFile> {
  const { frame } = await loadFrame(dir, { vectors: false });
  const tmp = mkdtempSync(join(tmpdir(), 'moltscope-ngrams-'));
  const csv = join(tmp, 'ngrams.csv');
  try {
    const out = createWriteStream(csv);
    const write = async (line: string) => {
      if (!out.write(line)) await once(out, 'drain');
    };
    const epochDay0 = Math.round(frame.day0Ms / DAY_MS);
    const index = gramIndexRowsOf(frame, GRAM_INDEX_MAX_N);
    let chunk = '';
    for (let r = 0; r < index.length; r++) {
      chunk += `${KIND_NAMES[index.kind[r]]},${epochDay0 + index.day[r]},${index.submolt[r]},${index.n[r]},${index.gram[r]},${index.count[r]}\n`;
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = '';
      }
    }
    await write(chunk);
    out.end();
    await once(out, 'finish');
    const dest = join(dir, 'ngrams.parquet');
    const rows = await csvToParquet(csv, dest, frame.submolts);
    return {
      path: 'ngrams.parquet',
      rows,
      bytes: statSync(dest).size,
      info: { tokenizer: TOKENIZER_VERSION, maxN: GRAM_INDEX_MAX_N },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Numbers to the index's columns: submolt numbers back to names. Per kind, the n = 0 rows come
 * first, then the n-gram rows in (day, submolt, n, gram) order, so a reader finds each kind's
 * n-grams as one run in day order and can use them in place.
 */
async function csvToParquet(csv: string, dest: string, submolts: string[]): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await instance.connect();
  try {
    await conn.run(
      `CREATE TABLE counts AS SELECT * FROM read_csv(${quoteString(csv)}, header = false,
         columns = {'kind': 'VARCHAR', 'day': 'INTEGER', 'sub': 'INTEGER', 'n': 'TINYINT', 'gram': 'INTEGER', 'count': 'INTEGER'})`,
    );
    await conn.run(`CREATE TABLE names (sub INTEGER, name VARCHAR)`);
    if (submolts.length > 0) {
      const values = submolts.map((name, i) => `(${i}, ${quoteString(name)})`).join(', ');
      await conn.run(`INSERT INTO names VALUES ${values}`);
    }
    await conn.run(
      `COPY (SELECT c.kind, c.day, s.name AS submolt, c.n, c.gram, c.count
              FROM counts c LEFT JOIN names s ON c.sub = s.sub
             ORDER BY c.kind DESC, c.n > 0, c.day, s.name NULLS FIRST, c.n, c.gram)
         TO ${quoteString(dest)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
    );
    const reader = await conn.runAndReadAll('SELECT count(*)::INTEGER AS n FROM counts');
    return Number(reader.getColumnsObjectJS().n[0]);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
