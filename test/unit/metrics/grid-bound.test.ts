/**
 * Time grids are bounded: a frame, a bucket grid or a similarity matrix wider than the bound is
 * refused (or, for the matrix, not computed) instead of allocated. Dates 1970 and 9999 in one
 * dataset are the case that used to take the tab down (a per-day grid of 2.9 million days).
 */
import { describe, expect, it } from 'vitest';
import {
  boundSpan,
  boundSpanMs,
  GridTooWideError,
  MAX_GRID_DAYS,
  MAX_MATRIX_BUCKETS,
} from '../../../src/core/time-grid';
import { buildFrame, type RawColumns } from '../../../src/core/metrics/build-frame';
import { frameFromSql, type SqlColumns, type SqlRunner } from '../../../src/core/metrics/frame-from-sql';
import type { DuckDBConnection } from '@duckdb/node-api';
import { bucketsOf } from '../../../src/core/metrics/select';
import { stabilization } from '../../../src/core/metrics/stabilization';
import { influencePersistence } from '../../../src/core/metrics/influence-persistence';
import type { Frame } from '../../../src/core/frame';
import { tiny } from './tiny-frame';
import { duckdbWith } from './duckdb-fixture';

const DAY = 86_400_000;

/** frame-from-sql's runner over native DuckDB, for tables without vectors. */
function nodeRunner(con: DuckDBConnection): SqlRunner {
  return {
    hasEmbeddings: false,
    exec: async (text) => {
      await con.run(text);
    },
    columns: async (text) => {
      const cols = (await con.runAndReadAll(text)).getColumnsObjectJS() as Record<string, unknown[]>;
      const out: SqlColumns = {};
      for (const [name, values] of Object.entries(cols))
        out[name] = values.map((v) => (typeof v === 'bigint' ? Number(v) : v)) as
          number[] | (string | null)[];
      return out;
    },
  };
}

function raw(times: number[]): RawColumns {
  return {
    posts: {
      id: times.map((_, i) => `p${i}`),
      createdMs: times,
      authorName: times.map((_, i) => `a${i % 3}`),
      submoltName: times.map(() => 'general'),
    },
    comments: { id: [], postId: [], createdMs: [] },
  };
}

describe('boundSpan', () => {
  it('passes the bound and refuses one day more, NaN and infinity', () => {
    expect(boundSpan(MAX_GRID_DAYS, 'x')).toBe(MAX_GRID_DAYS);
    expect(() => boundSpan(MAX_GRID_DAYS + 1, 'A test grid')).toThrow(GridTooWideError);
    expect(() => boundSpan(MAX_GRID_DAYS + 1, 'A test grid')).toThrow(
      /A test grid would span 732 days; Moltscope bins at most 731/,
    );
    expect(() => boundSpan(NaN, 'x')).toThrow(GridTooWideError);
    expect(() => boundSpan(Infinity, 'x')).toThrow(/unboundedly many/);
  });

  it('counts the days of a span in ms, both ends included', () => {
    expect(boundSpanMs(Date.UTC(2026, 0, 1, 23), Date.UTC(2026, 0, 2, 1), 'x')).toBe(2);
    expect(() => boundSpanMs(Date.UTC(1970, 0, 1), Date.UTC(9999, 11, 31), 'x')).toThrow(
      /would span 2,932,897 days/,
    );
  });
});

describe('the analysis frame', () => {
  const hostile = [Date.UTC(1970, 0, 1), Date.UTC(2026, 0, 28), Date.UTC(9999, 11, 31, 23), -1e12];

  it('refuses items spanning decades instead of building a per-day frame of them', () => {
    expect(() => buildFrame(raw(hostile))).toThrow(GridTooWideError);
    expect(() => buildFrame(raw(hostile))).toThrow(/The analysis frame .* would span/);
  });

  it('is built from SQL with the same refusal', async () => {
    const con = await duckdbWith(raw(hostile));
    await expect(frameFromSql(nodeRunner(con))).rejects.toThrow(GridTooWideError);
  });

  it('accepts exactly two years of days', () => {
    const f = buildFrame(raw([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1) + (MAX_GRID_DAYS - 1) * DAY]));
    expect(f.days).toBe(MAX_GRID_DAYS);
    expect(bucketsOf(f, f.posts, 'day').count).toBe(MAX_GRID_DAYS);
    expect(bucketsOf(f, f.posts, 'week').count).toBe(Math.ceil(MAX_GRID_DAYS / 7));
    expect(bucketsOf(f, f.posts, 'hour').count).toBe((MAX_GRID_DAYS - 1) * 24 + 1);
  });
});

describe('bucket grids of a frame made without the builders', () => {
  // A frame whose days claim is small but whose items are centuries apart: bucketsOf still refuses.
  function forged(): Frame {
    const f = buildFrame(raw([Date.UTC(2026, 0, 28), Date.UTC(2026, 0, 29)]));
    f.posts.timeMs[1] = Date.UTC(9999, 0, 1);
    return f;
  }

  it('refuses hour and week grids past the bound', () => {
    const f = forged();
    expect(() => bucketsOf(f, f.posts, 'hour')).toThrow(/A grid of hours would span/);
    expect(() => bucketsOf(f, f.posts, 'week')).toThrow(/A grid of weeks would span/);
  });

  it('refuses a day grid past the bound, so a diagnostic fails with the message', () => {
    const f = forged();
    f.days = 3_000_000;
    expect(() => bucketsOf(f, f.posts, 'day')).toThrow(GridTooWideError);
    expect(() => influencePersistence(f)).toThrow(GridTooWideError);
  });
});

describe('similarity matrices', () => {
  it('are left out past MAX_MATRIX_BUCKETS buckets while the curves keep every bucket', () => {
    // 70 days of posts, one every 6 hours: 1,680 hourly buckets, more than the matrix bound.
    const posts = Array.from({ length: 70 * 4 }, (_, i) => ({
      id: `p${i}`,
      author: `a${i % 5}`,
      h: i * 6,
      vec: [1, (i % 7) / 7, 0, 0],
    }));
    const f = tiny(posts);
    const hours = stabilization(f, { unit: 'hour', permutations: 0 });
    expect(hours.buckets.length).toBeGreaterThan(MAX_MATRIX_BUCKETS);
    expect(hours.centroidMatrix).toEqual([]);
    expect(hours.pairwiseMatrix).toEqual([]);
    expect(hours.consecutiveCentroid.length).toBe(hours.buckets.length);
    // Days of the same data are few: their matrix is computed.
    const days = stabilization(f, { unit: 'day', permutations: 0 });
    expect(days.centroidMatrix.length).toBe(days.buckets.length);
    expect(days.centroidMatrix[0].length).toBe(days.buckets.length);
  });
});
