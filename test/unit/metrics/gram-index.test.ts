import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { Frame, FrameFilter } from '../../../src/core/frame.ts';
import { DAY_MS } from '../../../src/core/frame.ts';
import { gramIndexOf, gramIndexRowsOf, type GramIndexRows } from '../../../src/core/metrics/gram-index.ts';
import { lexicalTurnover, type TurnoverParams } from '../../../src/core/metrics/lexical-turnover.ts';
import type { ItemKind } from '../../../src/core/metrics/select.ts';
import { generateSnapshot } from '../../../datasets/generate/generate';
import { defaultParams } from '../../../datasets/generate/params';
import { loadFrame } from '../../../datasets/lib/load-frame';
import { TOKENIZER_VERSION } from '../../../src/core/text/tokenize.ts';
import { randomFrame } from './random-frame.ts';

const BOTH: ItemKind[] = ['posts', 'comments'];

/** The same items without texts, with the index attached (as the worker does). */
function indexed(frame: Frame, rows: GramIndexRows, kinds: ItemKind[] = BOTH): Frame {
  const index = gramIndexOf(frame, rows, 3, kinds);
  if ('mismatch' in index) throw new Error(index.mismatch);
  return {
    ...frame,
    posts: { ...frame.posts, texts: null },
    comments: { ...frame.comments, texts: null },
    gramIndex: index,
  };
}

const copyRows = (rows: GramIndexRows) => ({
  kind: Array.from(rows.kind),
  day: Array.from(rows.day),
  submolt: Array.from(rows.submolt),
  n: Array.from(rows.n),
  gram: Array.from(rows.gram),
  count: Array.from(rows.count),
  length: rows.length,
});

describe('lexical turnover from the n-gram index', () => {
  const PARAMS: Partial<TurnoverParams>[] = [
    {},
    { kinds: ['comments'], minFreq: 1 },
    { kinds: ['posts', 'comments'], maxN: 2, minFreq: 3 },
    { unit: 'week', kinds: ['posts', 'comments'] },
    { maxN: 1, minFreq: 5 },
  ];
  const FILTERS: FrameFilter[] = [
    {},
    { startDay: 1, endDay: 4 },
    { submolts: [0, 2] },
    { startDay: 2, endDay: 9, submolts: [1] },
  ];
  for (const seed of [3, 17]) {
    const frame = randomFrame({ seed, days: 12, posts: 400, comments: 1500, submolts: 4 });
    const rows = gramIndexRowsOf(frame, 3);
    const viaIndex = indexed(frame, rows);
    for (const params of PARAMS)
      for (const filter of FILTERS) {
        it(`equals tokenising the texts (seed ${seed}, ${JSON.stringify(params)}, ${JSON.stringify(filter)})`, () => {
          const fromTexts = lexicalTurnover(frame, params, filter);
          const fromIndex = lexicalTurnover(viaIndex, params, filter);
          expect(fromTexts.source).toBe('texts');
          expect(fromIndex.source).toBe('index');
          expect(fromIndex.series).toEqual(fromTexts.series);
          expect(fromIndex.buckets).toEqual(fromTexts.buckets);
          // Not a vacuous agreement: the curves have n-grams in them.
          expect(fromIndex.series[0].distinct.some((d) => d > 0)).toBe(true);
        });
      }
  }

  it('is not used by hour, for longer n-grams or for a kind it was not built for', () => {
    const frame = randomFrame({ seed: 5, days: 6, posts: 200, comments: 500 });
    const postsOnly = indexed(frame, gramIndexRowsOf(frame, 3), ['posts']);
    expect(lexicalTurnover(postsOnly, { unit: 'hour' }).source).toBe('texts');
    expect(lexicalTurnover(postsOnly, { maxN: 4 }).source).toBe('texts');
    expect(lexicalTurnover(postsOnly, { kinds: ['comments'] }).source).toBe('texts');
    expect(lexicalTurnover(postsOnly, {}).source).toBe('index');
    expect(lexicalTurnover(postsOnly, { fromTexts: true }).source).toBe('texts');
  });

  it('refuses an index that does not describe the loaded items', () => {
    const frame = randomFrame({ seed: 9, days: 6, posts: 200, comments: 500, submolts: 3 });
    const rows = gramIndexRowsOf(frame, 3);
    expect('mismatch' in gramIndexOf(frame, rows, 3, BOTH)).toBe(false);
    const broken = (change: (r: ReturnType<typeof copyRows>) => void) => {
      const copy = copyRows(rows);
      change(copy);
      return gramIndexOf(frame, copy, 3, BOTH);
    };
    const firstItemRow = Array.from(rows.n).indexOf(0);
    const firstGramRow = Array.from(rows.n).findIndex((n) => n > 0);
    // One item fewer than loaded in a (day, submolt).
    expect(broken((r) => (r.count[firstItemRow] -= 1))).toHaveProperty('mismatch');
    // A day the items do not have, a submolt the frame lacks, n beyond maxN, a broken count.
    expect(broken((r) => (r.day[firstGramRow] = 99))).toHaveProperty('mismatch');
    expect(broken((r) => (r.submolt[firstGramRow] = -2))).toHaveProperty('mismatch');
    expect(broken((r) => (r.n[firstGramRow] = 4))).toHaveProperty('mismatch');
    expect(broken((r) => (r.count[firstGramRow] = 0))).toHaveProperty('mismatch');
    expect(broken((r) => (r.gram[firstGramRow] = -1))).toHaveProperty('mismatch');
    expect(broken((r) => (r.gram[firstGramRow] = Number.NaN))).toHaveProperty('mismatch');
    // The same gram id given two lengths.
    expect(
      broken((r) => {
        r.gram.push(r.gram[firstGramRow]);
        r.n.push(r.n[firstGramRow] === 1 ? 2 : 1);
        for (const k of ['kind', 'day', 'submolt', 'count'] as const) r[k].push(r[k][firstGramRow]);
        r.length++;
      }),
    ).toHaveProperty('mismatch');
    // Items of a frame with one post left out: the counts no longer match.
    const fewer = randomFrame({ seed: 9, days: 6, posts: 199, comments: 500, submolts: 3 });
    expect(gramIndexOf(fewer, rows, 3, ['posts'])).toHaveProperty('mismatch');
  });

  it('round-trips through the snapshot builder (ngrams.parquet) unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moltscope-ngrams-'));
    const { manifest } = await generateSnapshot(defaultParams('socializing', 'tiny', 11), dir);
    expect(manifest.ngramIndex).toEqual({ tokenizer: TOKENIZER_VERSION, maxN: 3 });
    const { frame } = await loadFrame(dir, { vectors: false });
    // Read back as the worker does: epoch days to frame days, submolt names to frame indices.
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const path = join(dir, manifest.files.ngrams!.path);
    const got = (
      await conn.runAndReadAll(`SELECT kind, day, submolt, n, gram, count FROM read_parquet('${path}')`)
    ).getColumnsObjectJS() as Record<string, unknown[]>;
    conn.closeSync();
    // As the worker reads it: typed columns in file order, days and submolt names mapped on the fly.
    const names = [...new Set(got.submolt.filter((s) => s !== null).map(String))];
    const rows: GramIndexRows = {
      kind: Int32Array.from(got.kind, (k) => (k === 'post' ? 0 : 1)),
      day: Int32Array.from(got.day, Number),
      submolt: Int32Array.from(got.submolt, (s) => (s === null ? -1 : names.indexOf(String(s)))),
      n: Int32Array.from(got.n, Number),
      gram: Int32Array.from(got.gram, Number),
      count: Int32Array.from(got.count, Number),
      length: got.kind.length,
      dayOffset: Math.round(frame.day0Ms / DAY_MS),
      submoltOf: Int32Array.from(names, (name) => frame.submolts.indexOf(name)),
    };
    expect(rows.length).toBe(manifest.files.ngrams!.rows);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).files.ngrams.rows).toBe(rows.length);
    const viaIndex = indexed(frame, rows);
    // The builder's row order lets the index be used in place, without copying it.
    expect(viaIndex.gramIndex?.tables.posts?.shift).toBe(-rows.dayOffset!);
    expect(viaIndex.gramIndex?.tables.comments?.submoltOf).toBe(rows.submoltOf);
    const FILTERED: FrameFilter[] = [{}, { startDay: 1, endDay: 2, submolts: [0, 1] }];
    for (const filter of FILTERED)
      for (const params of [{}, { kinds: BOTH, unit: 'week' as const }, { kinds: BOTH, minFreq: 1 }]) {
        const fromIndex = lexicalTurnover(viaIndex, params, filter);
        expect(fromIndex.source).toBe('index');
        expect(fromIndex.series).toEqual(lexicalTurnover(frame, params, filter).series);
      }
    for (const params of [{}, { kinds: BOTH, unit: 'week' as const }]) {
      const fromIndex = lexicalTurnover(viaIndex, params);
      expect(fromIndex.source).toBe('index');
      expect(fromIndex.series).toEqual(lexicalTurnover(frame, params).series);
    }
  });
});
