/**
 * Warm start (issue #8): the same browser profile opens a dataset twice. The first visit reads the
 * network and saves the tables in the browser's cache (OPFS); the second opens them from there.
 * A persistent profile in a temporary folder, so the second visit is a real return visit, not a
 * reload of a page that still holds anything in memory. Figures are measured, never asserted.
 */
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_ARGS, CHROMIUM_PATH } from './browser';

export interface Visit {
  /** From navigation to the totals on screen. */
  toTotalsMs: number;
  /** The engine's own load time and its steps (per table, checks). */
  engineMs: number;
  timings: Record<string, number>;
  /** The dataset card's cache line, e.g. "Opened from this browser's cache (saved …)." */
  cacheLine: string;
}

export interface WarmStart {
  cold: Visit;
  warm: Visit;
  cacheBytes: string;
}

async function visit(page: Page, url: string): Promise<Visit> {
  const t0 = Date.now();
  await page.goto(url);
  await page.getByTestId('total-posts').waitFor({ timeout: 600_000 });
  const toTotalsMs = Date.now() - t0;
  const load = await page.evaluate(() => {
    const m = (globalThis as unknown as { __moltscope: { lastLoadResult(): unknown } }).__moltscope;
    return m.lastLoadResult() as { millis: number; timings: Record<string, number> };
  });
  return {
    toTotalsMs,
    engineMs: load.millis,
    timings: load.timings,
    cacheLine:
      (await page
        .getByTestId('from-cache')
        .textContent()
        .catch(() => null)) ?? '',
  };
}

/** Opens `url` twice in one fresh profile: cold (network, then saved), then warm (cache). */
export async function warmStart(url: string, launchArgs: string[]): Promise<WarmStart> {
  const profile = mkdtempSync(join(tmpdir(), 'moltscope-warm-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: launchArgs,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const first = await ctx.newPage();
    const cold = await visit(first, url);
    // The tables are saved after the load, in the background: wait until the card says so.
    await first.getByTestId('saved-to-cache').waitFor({ timeout: 600_000 });
    const cacheBytes = (await first.getByTestId('cache-size').textContent()) ?? '?';
    await first.close();
    const warm = await visit(await ctx.newPage(), url);
    return { cold, warm, cacheBytes };
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const steps = (t: Record<string, number>) =>
  Object.entries(t)
    .map(([k, v]) => `${k} ${s(v)}`)
    .join(', ');

/** The report's lines for one dataset. */
export async function warmStartLines(url: string, launchArgs = BENCH_ARGS): Promise<string[]> {
  try {
    const r = await warmStart(url, launchArgs);
    return [
      `- warm start (second visit, same profile, tables from this browser's cache, ${r.cacheBytes}): ${s(r.warm.toTotalsMs)} to totals vs ${s(r.cold.toTotalsMs)} cold in that profile (engine load ${s(r.warm.engineMs)} vs ${s(r.cold.engineMs)})`,
      `  - cold steps: ${steps(r.cold.timings)}`,
      `  - warm steps: ${steps(r.warm.timings)}${r.warm.cacheLine ? '' : ' (NOT from the cache)'}`,
    ];
  } catch (e) {
    return [`- warm start: failed (${String((e as Error)?.message ?? e).slice(0, 120)})`];
  }
}
