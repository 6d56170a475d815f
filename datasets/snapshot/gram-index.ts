/**
 * The snapshot's n-gram index (ngrams.parquet): how often each n-gram (n = 1..3) occurs among the
 * posts, and among the comments, of each UTC day and submolt. Lexical turnover reads it instead of
 * tokenising every text in the browser, which at paper scale takes seconds; the browser checks it
 * against the loaded items before trusting it (see src/core/metrics/gram-index.ts).
 *
 * The counts are those gramIndexRowsOf (src/core/metrics/gram-index.ts) makes from a loaded frame,
 * with the same tokeniser and coder visiting the texts in the same order — items grouped by (day,
 * submolt in first-appearance order), in (created_at, id) order within a group, posts then
 * comments — but the texts are streamed from DuckDB a chunk at a time and each group's counts are
 * written out when it ends, so memory holds one group's counts and the coder, never the texts.
 * Rows with n = 0 count the items of each (day, submolt): the browser compares them with the items
 * it loaded, so an index that does not describe these very items is never used.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { GramCoder } from '../../src/core/text/gram-coder.ts';
import { grown } from '../../src/core/grow.ts';
import { DAY_MS } from '../../src/core/frame.ts';
import { GRAM_INDEX_MAX_N, type GramIndexInfo } from '../../src/core/snapshot/manifest.ts';
import { TOKENIZER_VERSION } from '../../src/core/text/tokenize.ts';
import { literal, quoteString } from '../../src/core/sql/sql.ts';
import { defaultTimeWindow, windowBoundsMs, type TimeWindow } from '../../src/core/snapshot/time-window.ts';
import { ROW_GROUP_SIZE } from './parquet-copy.ts';

export interface GramIndexFile {
  path: string;
  rows: number;
  bytes: number;
  info: GramIndexInfo;
}

/** Where the items are: SQL relations with the snapshot's posts and comments columns. */
export interface GramIndexSources {
  posts: string;
  comments: string;
}

/** Kind codes of GramIndexRows (0 posts, 1 comments) as the index's `kind` values. */
const KIND_NAMES = ['post', 'comment'];

/** Builds ngrams.parquet in `dir` from the snapshot's posts.parquet and comments.parquet there. */
export async function writeGramIndex(dir: string, window?: TimeWindow): Promise<GramIndexFile> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await instance.connect();
  try {
    const file = (name: string) => `read_parquet(${quoteString(join(dir, name))})`;
    return await writeGramIndexFrom(
      conn,
      { posts: file('posts.parquet'), comments: file('comments.parquet') },
      dir,
      window,
    );
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/**
 * Builds ngrams.parquet in `dir` from posts and comments read through `conn`. Items dated outside
 * `window` (default: the app's default window, as the snapshot's loader applies) are left out, as
 * the app sets them aside.
 */
export async function writeGramIndexFrom(
  conn: DuckDBConnection,
  sources: GramIndexSources,
  dir: string,
  window: TimeWindow = defaultTimeWindow(Date.now()),
): Promise<GramIndexFile> {
  const { startMs, endMs } = windowBoundsMs(window);
  const inWindow = `created_at >= ${literal(new Date(startMs))} AND created_at < ${literal(new Date(endMs))}`;
  const tmp = mkdtempSync(join(tmpdir(), 'moltscope-ngrams-'));
  const csv = join(tmp, 'ngrams.csv');
  try {
    const out = createWriteStream(csv);
    let chunk = '';
    const write = async (line: string) => {
      chunk += line;
      if (chunk.length < 1 << 20) return;
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    };
    // Submolts numbered by first appearance among the posts in (created_at, id) order, as the frame does.
    await conn.run(
      `CREATE OR REPLACE TEMP TABLE gram_submolts AS
         SELECT name, CAST(row_number() OVER (ORDER BY first) - 1 AS INTEGER) AS sub
           FROM (SELECT submolt_name AS name, min({'t': created_at, 'i': id}) AS first FROM ${sources.posts}
                  WHERE ${inWindow} AND submolt_name IS NOT NULL AND submolt_name <> '' GROUP BY submolt_name)`,
    );
    const day = `CAST(floor(epoch_ms(x.created_at) / ${DAY_MS}) AS INTEGER)`;
    const queries = [
      `SELECT ${day} AS day, coalesce(s.sub, -1) AS sub,
              coalesce(x.title, '') || chr(10) || chr(10) || coalesce(x.content, '') AS text
         FROM (SELECT * FROM ${sources.posts} WHERE ${inWindow}) x LEFT JOIN gram_submolts s ON s.name = x.submolt_name
        ORDER BY day, sub, x.created_at, x.id`,
      // A comment takes its post's submolt when its post was loaded; otherwise none (-1).
      `SELECT ${day} AS day, coalesce(p.sub, -1) AS sub, coalesce(x.content, '') AS text
         FROM (SELECT * FROM ${sources.comments} WHERE ${inWindow}) x
         LEFT JOIN (SELECT q.id, s.sub FROM ${sources.posts} q JOIN gram_submolts s ON s.name = q.submolt_name
                     WHERE ${inWindow.replaceAll('created_at', 'q.created_at')}) p ON p.id = x.post_id
        ORDER BY day, sub, x.created_at, x.id`,
    ];
    const coder = new GramCoder();
    let counts: Int32Array = new Int32Array(1 << 16);
    let touched: Int32Array = new Int32Array(1 << 16);
    let nTouched = 0;
    const visit = (id: number) => {
      if (id >= counts.length) counts = grown(counts, id + 1);
      if (counts[id]++ === 0) {
        if (nTouched === touched.length) touched = grown(touched, nTouched + 1);
        touched[nTouched++] = id;
      }
    };
    for (let kind = 0; kind < queries.length; kind++) {
      const result = await conn.stream(queries[kind]);
      let groupDay = 0;
      let groupSub = 0;
      let items = 0;
      const flush = async () => {
        if (items === 0) return;
        const head = `${KIND_NAMES[kind]},${groupDay},${groupSub},`;
        await write(`${head}0,0,${items}\n`);
        for (let k = 0; k < nTouched; k++) {
          const g = touched[k];
          await write(`${head}${coder.lengthOf(g)},${g},${counts[g]}\n`);
          counts[g] = 0;
        }
        nTouched = 0;
        items = 0;
      };
      for (;;) {
        const rows = await result.fetchChunk();
        if (!rows || rows.rowCount === 0) break;
        const [days, subs, texts] = [0, 1, 2].map((c) => rows.getColumnValues(c));
        for (let r = 0; r < rows.rowCount; r++) {
          const d = days[r] as number;
          const s = subs[r] as number;
          if (items > 0 && (d !== groupDay || s !== groupSub)) await flush();
          groupDay = d;
          groupSub = s;
          items++;
          coder.forEachGram(texts[r] as string, GRAM_INDEX_MAX_N, visit);
        }
      }
      await flush();
    }
    if (chunk && !out.write(chunk)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    const dest = join(dir, 'ngrams.parquet');
    const rows = await csvToParquet(conn, csv, dest);
    return {
      path: 'ngrams.parquet',
      rows,
      bytes: statSync(dest).size,
      info: { tokenizer: TOKENIZER_VERSION, maxN: GRAM_INDEX_MAX_N },
    };
  } finally {
    await conn.run(`DROP TABLE IF EXISTS gram_submolts`);
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Numbers to the index's columns: submolt numbers back to names. Per kind, the n = 0 rows come
 * first, then the n-gram rows in (day, submolt, n, gram) order, so a reader finds each kind's
 * n-grams as one run in day order and can use them in place.
 */
async function csvToParquet(conn: DuckDBConnection, csv: string, dest: string): Promise<number> {
  const counts = `read_csv(${quoteString(csv)}, header = false,
      columns = {'kind': 'VARCHAR', 'day': 'INTEGER', 'sub': 'INTEGER', 'n': 'TINYINT', 'gram': 'INTEGER', 'count': 'INTEGER'})`;
  await conn.run(
    `COPY (SELECT c.kind, c.day, s.name AS submolt, c.n, c.gram, c.count
            FROM ${counts} c LEFT JOIN gram_submolts s ON c.sub = s.sub
           ORDER BY c.kind DESC, c.n > 0, c.day, s.name NULLS FIRST, c.n, c.gram)
       TO ${quoteString(dest)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
  );
  const reader = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${counts}`);
  return Number(reader.getColumnsObjectJS().n[0]);
}
