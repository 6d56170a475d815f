/**
 * The benchmark report: times the production build in headless Chromium (load, frame, every
 * diagnostic, recomputation after a filter change) and the same SQL in native DuckDB (one thread),
 * on the small default snapshot and, when present, a paper-scale one. Writes bench-results/report.md
 * and prints it. Figures are measured, never asserted: this is not a test.
 *
 *   npm run bench [-- --paper datasets/out/synthetic-socializing-paper] [--skip-small]
 *   [--first-visit-only]   (only the cold first visit of each dataset: views drawn, renderer memory)
 *
 * With --build (or `npm run bench:build`), the build benchmark instead (build-scale.ts: every
 * import road and the report at paper scale, in child processes), written to bench-results/build.md.
 */
import { chromium, type Page } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawn, execSync } from 'node:child_process';
import { DuckDBInstance } from '@duckdb/node-api';
import { totalsSql, timelineSql, topSubmoltsSql, commentsPerPostSql } from '../../src/core/queries/overview';
import {
  dailyCountsSql,
  reciprocitySql,
  giniSql,
  threadDepthSql,
  replyStatsSql,
  agentActivitySql,
  dailyEdgesSql,
} from '../../src/core/sql/builders';
import { DIAGNOSTIC_IDS, type DiagnosticId } from '../../src/core/diagnostics';
import { warmStartLines } from './warm-start';
import { BENCH_ARGS, CHROMIUM_PATH } from './browser';
import { networkLongTasksReport } from './network-long-tasks';
import { viewSwitchReport } from './view-switch';
import { firstContentLines } from './first-content';
import { firstVisitLines } from './first-visit';
import { buildScaleLines, parseBuildBenchArgs } from './build-scale';

const ROOT = resolve(import.meta.dirname, '../..');
const PORT = 4190;
/** Each SQL query is timed this many times on each side and the median reported: a single run of
 * a query of a few milliseconds is mostly noise. */
const SQL_RUNS = 5;
// A build of its own, so a benchmark never races a test run over dist/.
const OUT = join(ROOT, 'bench-results/dist');
const BASE = `http://127.0.0.1:${PORT}/moltscope/`;
const args = process.argv.slice(2);
const paperDir = args.includes('--paper')
  ? resolve(args[args.indexOf('--paper') + 1])
  : join(ROOT, 'datasets/out/synthetic-socializing-paper');
const lines: string[] = [];
const say = (s: string) => {
  lines.push(s);
  console.log(s);
};
const NO_FILTER = { range: null, submolts: [] };

const SQL: Record<string, string> = {
  totals: totalsSql(NO_FILTER),
  timelineHour: timelineSql('hour', NO_FILTER),
  topSubmolts: topSubmoltsSql(NO_FILTER, 12),
  commentsPerPost: commentsPerPostSql(NO_FILTER),
  dailyCounts: String(dailyCountsSql()),
  dailyEdges: String(dailyEdgesSql()),
  reciprocity: String(reciprocitySql()),
  gini: String(giniSql()),
  threadDepth: String(threadDepthSql()),
  replyStats: String(replyStatsSql()),
  agentActivity: String(agentActivitySql()),
};

async function nativeTimes(dir: string): Promise<Record<string, number>> {
  const db = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
  for (const t of ['posts', 'comments']) {
    await db.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
  }
  const out: Record<string, number> = {};
  for (const [name, sql] of Object.entries(SQL)) {
    await db.run(sql); // warm
    const runs: number[] = [];
    for (let k = 0; k < SQL_RUNS; k++) {
      const t0 = performance.now();
      await db.runAndReadAll(sql);
      runs.push(performance.now() - t0);
    }
    out[name] = median(runs);
  }
  return out;
}

async function browserRun(page: Page, url: string) {
  const t0 = Date.now();
  await page.goto(url);
  await page.getByTestId('total-posts').waitFor({ timeout: 600_000 });
  const firstTotals = Date.now() - t0;
  return page
    .evaluate(
      async ({ ids, sqls, sqlRuns }) => {
        const m = (globalThis as unknown as { __moltscope: BenchHandle }).__moltscope;
        const load = m.lastLoadResult();
        const f0 = performance.now();
        const info = await m.frameInfo();
        const frameMs = performance.now() - f0;
        const diag: Record<string, number | string> = {};
        for (const id of ids) {
          const s = performance.now();
          try {
            await m.diagnostic(id, {}, { range: null, submolts: [] });
            diag[id] = performance.now() - s;
          } catch (e) {
            diag[id] = `error: ${String((e as Error)?.message ?? e).slice(0, 80)}`;
          }
        }
        // Where turnover's counts came from, and what tokenising every text instead costs.
        const turnover = (await m.diagnostic('lexicalTurnover', {}, { range: null, submolts: [] })) as {
          source?: string;
        };
        const t1 = performance.now();
        await m.diagnostic('lexicalTurnover', { fromTexts: true }, { range: null, submolts: [] });
        const turnoverFromTexts = performance.now() - t1;
        // Recomputation after a filter change: the society curves for a moving 5-day window.
        const re: number[] = [];
        for (let k = 0; k < 5; k++) {
          const start = info.day0Ms + (k + 1) * 86_400_000;
          const s = performance.now();
          await m.diagnostic(
            'stabilization',
            { permutations: 20 },
            { range: [start, start + 5 * 86_400_000], submolts: [] },
          );
          re.push(performance.now() - s);
        }
        const sqlMs: Record<string, number> = {};
        for (const [name, sql] of Object.entries(sqls as Record<string, string>)) {
          await m.query(`${sql} -- warm`);
          // Each run's text differs (a comment) so the client's result cache never answers it.
          const runs: number[] = [];
          for (let k = 0; k < sqlRuns; k++) {
            const s = performance.now();
            await m.query(`${sql} -- timed ${k}`);
            runs.push(performance.now() - s);
          }
          sqlMs[name] = runs.sort((a, b) => a - b)[runs.length >> 1];
        }
        return {
          load,
          frameMs,
          info: { posts: info.posts, comments: info.comments, agents: info.agents.length, days: info.days },
          diag,
          re,
          sqlMs,
          turnoverSource: turnover?.source ?? 'unknown',
          turnoverFromTexts,
        };
      },
      { ids: DIAGNOSTIC_IDS, sqls: SQL, sqlRuns: SQL_RUNS },
    )
    .then((r) => ({ ...r, firstTotals }));
}

interface BenchHandle {
  lastLoadResult(): { millis: number; timings: Record<string, number> };
  frameInfo(): Promise<{ day0Ms: number; posts: number; comments: number; agents: string[]; days: number }>;
  diagnostic(id: string, params: object, filter: object): Promise<unknown>;
  query(sql: string): Promise<unknown>;
}

/** The same link on the Findings page (the default view). */
const findingsUrl = (url: string) => url.replace('view=overview', 'view=findings');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  execSync(`npx vite build --outDir ${OUT}`, { cwd: ROOT, stdio: 'ignore' });
  const datasets: { name: string; dir: string; url: string }[] = [];
  if (!args.includes('--skip-small')) {
    datasets.push({
      name: 'small (synthetic-inert-small)',
      dir: join(ROOT, 'public/data/synthetic-inert-small'),
      url: `${BASE}?ds=synthetic-inert-small&view=overview`,
    });
  }
  if (!args.includes('--skip-paper') && existsSync(join(paperDir, 'manifest.json'))) {
    const target = join(OUT, 'data/bench-paper');
    rmSync(target, { recursive: true, force: true });
    cpSync(paperDir, target, { recursive: true });
    datasets.push({
      name: `paper (${paperDir.split('/').pop()})`,
      dir: paperDir,
      url: `${BASE}?view=overview&data=${encodeURIComponent(`${BASE}data/bench-paper/`)}`,
    });
  }
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', OUT, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: BENCH_ARGS,
  });
  try {
    say(`# Moltscope benchmark report`);
    say(
      `Machine: ${execSync('nproc').toString().trim()} cores; Chromium ${browser.version()}; ${new Date().toISOString().slice(0, 10)}`,
    );
    for (const ds of datasets) {
      if (args.includes('--first-visit-only')) {
        say(`\n## ${ds.name}`);
        for (const l of await firstContentLines(findingsUrl(ds.url))) say(l);
        for (const l of await firstVisitLines(ds.url)) say(l);
        continue;
      }
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      const r = await browserRun(page, ds.url);
      say(
        `\n## ${ds.name}: ${r.info.posts.toLocaleString('en-US')} posts, ${r.info.comments.toLocaleString('en-US')} comments, ${r.info.agents.toLocaleString('en-US')} agents, ${r.info.days} days`,
      );
      say(
        `- cold load to totals on screen: ${f(r.firstTotals)} (engine load ${f(r.load.millis)}; ${Object.entries(
          r.load.timings,
        )
          .map(([k, v]) => `${k} ${f(v as number)}`)
          .join(', ')})`,
      );
      say(`- analysis frame built: ${f(r.frameMs)}`);
      const society = ['stabilization', 'knnDensity', 'lexicalTurnover'] as DiagnosticId[];
      const num = (id: string) => (typeof r.diag[id] === 'number' ? (r.diag[id] as number) : NaN);
      say(
        `- society-level curves together (stabilization + kNN density + lexical turnover): ${f(society.reduce((s, id) => s + num(id), 0))}`,
      );
      say(
        `  - lexical turnover's counts came from ${r.turnoverSource === 'index' ? "the snapshot's n-gram index" : 'tokenising the texts'}; tokenising every text instead (fromTexts; the texts already fetched by the diagnostics above): ${f(r.turnoverFromTexts)}`,
      );
      say(
        `- drift for every eligible agent: ${f(num('agentDrift'))}; daily PageRank for every day (influence persistence): ${f(num('influencePersistence'))}`,
      );
      say(
        `- recomputation after a filter change (stabilization, 5-day windows), median of 5: ${f(median(r.re))}`,
      );
      say(`- every diagnostic (defaults, no filter):`);
      for (const [id, v] of Object.entries(r.diag)) say(`  - ${id}: ${typeof v === 'number' ? f(v) : v}`);
      const native = await nativeTimes(ds.dir);
      say(
        `- SQL, DuckDB-WASM vs native DuckDB (@duckdb/node-api, 1 thread), same files, median of ${SQL_RUNS} runs each:`,
      );
      for (const name of Object.keys(SQL)) {
        const w = r.sqlMs[name];
        const n = native[name];
        say(
          `  - ${name}: wasm ${w.toFixed(0)} ms, native ${n.toFixed(0)} ms, ratio ${(w / Math.max(n, 0.5)).toFixed(2)}`,
        );
      }
      await ctx.close();
      // Cold vs warm start in a profile of its own (after this context let go of its memory).
      for (const l of await warmStartLines(ds.url)) say(l);
      for (const l of await networkLongTasksReport(ds.url)) say(l);
      for (const l of await viewSwitchReport(ds.url)) say(l);
      for (const l of await firstVisitLines(ds.url)) say(l);
      for (const l of await firstContentLines(findingsUrl(ds.url))) say(l);
    }
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid!);
    } catch {
      /* already gone */
    }
  }
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const report = args.includes('--first-visit-only') ? 'first-visit.md' : 'report.md';
  writeFileSync(join(ROOT, 'bench-results', report), lines.join('\n') + '\n');
}

/** The build benchmark alone, in this report's format. */
async function buildBench() {
  say(`# Moltscope build benchmark`);
  say(`Machine: ${execSync('nproc').toString().trim()} cores; ${new Date().toISOString().slice(0, 10)}`);
  for (const l of await buildScaleLines(parseBuildBenchArgs(args))) say(l);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/build.md'), lines.join('\n') + '\n');
}

await (args.includes('--build') ? buildBench() : main());
