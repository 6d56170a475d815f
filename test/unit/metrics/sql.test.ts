import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ident, literal, sql, SqlInjectionError } from '../../../src/core/sql/sql.ts';
import { filterWhere, parseDay, type SqlFilter } from '../../../src/core/sql/filters.ts';
import {
  agentActivitySql,
  dailyCountsSql,
  dailyEdgesSql,
  giniSql,
  reciprocitySql,
  replyStatsSql,
  searchPostsSql,
  threadDepthSql,
} from '../../../src/core/sql/builders.ts';
import { buildFrame } from '../../../src/core/metrics/build-frame.ts';
import { datasetSummary } from '../../../src/core/metrics/summary.ts';
import { reciprocity } from '../../../src/core/metrics/reciprocity.ts';
import { inequality } from '../../../src/core/metrics/inequality.ts';
import { threadStats } from '../../../src/core/metrics/threads.ts';
import { bucketEdges } from '../../../src/core/metrics/daily-graph.ts';
import type { Frame, FrameFilter } from '../../../src/core/frame.ts';
import { randomRaw } from './random-frame.ts';
import { duckdbWith, rowsOf } from './duckdb-fixture.ts';

const HOSTILE = [
  "O'Brien",
  "'; DROP TABLE posts; --",
  'Robert"); DROP TABLE comments;--',
  'naïve 🦞 クロー',
  "back\\slash'",
  '%_wild%',
];

describe('sql template escaping', () => {
  it('renders literals', () => {
    expect(literal("O'Brien")).toBe("'O''Brien'");
    expect(literal(ident('we"ird'))).toBe('"we""ird"');
    expect(literal([1, 'a', null, true])).toBe("(1, 'a', NULL, TRUE)");
    expect(sql`x = ${2.5}`.text).toBe('x = 2.5');
    expect(literal(new Date(Date.UTC(2026, 0, 27, 1, 2, 3)))).toBe("TIMESTAMP '2026-01-27 01:02:03.000'");
  });
  it('rejects NUL, non-finite numbers, empty lists and malformed days', () => {
    expect(() => literal('a\0b')).toThrow(SqlInjectionError);
    expect(() => literal(NaN)).toThrow(SqlInjectionError);
    expect(() => literal(Infinity)).toThrow(SqlInjectionError);
    expect(() => literal([])).toThrow(SqlInjectionError);
    expect(() => parseDay("2026-01-01' OR 1=1 --")).toThrow(SqlInjectionError);
    expect(() => parseDay('2026-13-45')).toThrow(SqlInjectionError);
  });
});

describe('SQL builders on native DuckDB agree with the TS diagnostics', () => {
  const raw = randomRaw({ seed: 21, agents: 15, posts: 120, comments: 400, days: 5 });
  // Hostile names are real data here: they must round-trip as values.
  HOSTILE.forEach((name, k) => {
    raw.posts.authorName![k] = name;
    raw.comments.authorName![k] = name;
    raw.posts.submoltName![k + 10] = name;
  });
  let con: DuckDBConnection;
  let frame: Frame;
  beforeAll(async () => {
    con = await duckdbWith(raw);
    frame = buildFrame(raw, { texts: true });
  });
  afterAll(() => con?.closeSync());

  const day = (d: number) => new Date(frame.day0Ms + d * 86_400_000).toISOString().slice(0, 10);
  const cases = (): [SqlFilter, FrameFilter][] => [
    [{}, {}],
    [
      { from: day(1), to: day(3), submolts: ['s0', HOSTILE[1]] },
      {
        startDay: 1,
        endDay: 3,
        submolts: [frame.submolts.indexOf('s0'), frame.submolts.indexOf(HOSTILE[1])],
      },
    ],
  ];

  it('hostile user input is treated as data', async () => {
    for (const name of HOSTILE) {
      const got = await rowsOf(
        con,
        sql`SELECT count(*)::INTEGER AS n FROM posts WHERE author_name = ${name}`.text,
      );
      expect(got[0].n).toBe(raw.posts.authorName!.filter((a) => a === name).length);
      const found = await rowsOf(con, searchPostsSql(name).text);
      expect(found.length).toBeGreaterThanOrEqual(1);
      expect(
        found.every(
          (r) =>
            String(r.author_name).includes(name) ||
            String(r.title).toLowerCase().includes(name.toLowerCase()),
        ),
      ).toBe(true);
      await rowsOf(
        con,
        sql`SELECT count(*) AS n FROM posts p WHERE ${filterWhere({ submolts: [name] }, 'p')}`.text,
      );
    }
    const tables = await rowsOf(
      con,
      "SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name IN ('posts', 'comments')",
    );
    expect(tables[0].n).toBe(2);
  });

  it('daily counts, reciprocity, Gini, threads, replies, edges, activity', async () => {
    for (const [sf, ff] of cases()) {
      const summary = datasetSummary(frame, {}, ff);
      const daily = await rowsOf(con, dailyCountsSql(sf).text);
      const byDay = new Map(daily.map((r) => [String(r.day), r]));
      for (const d of summary.days) {
        const r = byDay.get(day(d.day));
        expect(Number(r?.posts ?? 0)).toBe(d.posts);
        expect(Number(r?.comments ?? 0)).toBe(d.comments);
      }
      for (const mode of ['post', 'reply'] as const) {
        const [rec] = await rowsOf(con, reciprocitySql(sf, mode).text);
        const ts = reciprocity(frame, { mode }, ff);
        expect(Number(rec.pairs)).toBe(ts.pairs);
        expect(Number(rec.reciprocated)).toBe(ts.reciprocated);
      }
      const [g] = await rowsOf(con, giniSql(sf).text);
      const ineq = inequality(frame, {}, ff);
      expect(Number(g.agents)).toBe(ineq.agents);
      expect(Number(g.upvote_gini)).toBeCloseTo(ineq.upvoteGini!, 9);
      expect(Number(g.post_gini)).toBeCloseTo(ineq.postGini!, 9);
      const [t] = await rowsOf(con, threadDepthSql(sf).text);
      const th = threadStats(frame, {}, ff);
      expect(Number(t.threads)).toBe(th.threads);
      expect(Number(t.mean_max_depth_paper)).toBeCloseTo(th.meanMaxDepthPaper!, 9);
      expect(Number(t.deep_share)).toBeCloseTo(th.deepShare!, 9);
      const [rs] = await rowsOf(con, replyStatsSql(sf).text);
      expect(Number(rs.reply_incidence)).toBeCloseTo(th.replyIncidence!, 9);
      expect(Number(rs.median_reply_delay_sec)).toBeCloseTo(th.medianReplyDelaySec!, 6);
      const edges = await rowsOf(con, dailyEdgesSql(sf, 'post').text);
      const lo = ff.startDay ?? 0;
      const hi = ff.endDay ?? frame.days - 1;
      const tsEdges = bucketEdges(frame, 'day', 'post', ff, lo, hi).flatMap((e) =>
        Array.from(
          e.from,
          (f, i) => `${day(e.bucket)}|${frame.agents[f]}|${frame.agents[e.to[i]]}|${e.weight[i]}`,
        ),
      );
      expect(edges.map((r) => `${r.day}|${r.src}|${r.dst}|${r.weight}`).sort()).toEqual(tsEdges.sort());
      const act = await rowsOf(con, agentActivitySql(sf).text);
      expect(act.slice(0, 5).map((r) => [r.agent, Number(r.posts)])).toEqual(
        summary.topAgents.slice(0, 5).map((a) => [a.agent, a.posts]),
      );
    }
  });
});
