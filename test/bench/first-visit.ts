/**
 * A reader's first visit, cold (issue #17): a fresh profile opens the link, the Overview is drawn,
 * then Convergence, Agents and Network are each opened once, in that order. Reported: the time from
 * navigation to each view fully drawn, the load average beside each figure, and the peak resident
 * memory of the page's renderer process (the page and its workers), sampled from /proc. Measured,
 * never asserted: part of the report, not a test.
 */
import { chromium, type Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { BENCH_ARGS, CHROMIUM_PATH } from './browser';
import { DRAWN } from './view-switch';

const NETWORK_DRAWN = [
  '[data-testid="network-view"][data-busy="false"]',
  '[data-testid="network-canvas"]:not([data-nodes="0"])',
];

export interface FirstVisitStep {
  view: string;
  /** From navigation to this view fully drawn. */
  atMs: number;
  /** The one-minute load average when it was drawn. */
  load: number;
}

/** Sum of the resident memory of Chromium's renderer processes, in bytes (Linux /proc). */
function rendererRss(): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      // The page's renderer, not the browser's own UI pages.
      if (!cmd.includes('--type=renderer') || cmd.includes('--top-chrome-webui')) continue;
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      /* the process ended meanwhile */
    }
  }
  return total;
}

async function drawn(page: Page, selectors: string[], timeout: number): Promise<void> {
  for (const s of selectors) await page.locator(s).first().waitFor({ state: 'attached', timeout });
}

export async function firstVisit(
  url: string,
  timeout = 900_000,
): Promise<{ steps: FirstVisitStep[]; peakRss: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_ARGS });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rendererRss())), 250);
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const steps: FirstVisitStep[] = [];
    const t0 = Date.now();
    const mark = (view: string) => steps.push({ view, atMs: Date.now() - t0, load: loadavg()[0] });
    await page.goto(url);
    await drawn(page, DRAWN.Overview, timeout);
    mark('Overview');
    for (const view of ['Convergence', 'Agents', 'Network'] as const) {
      await page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('button', { name: view, exact: true })
        .click();
      await drawn(page, view === 'Network' ? NETWORK_DRAWN : DRAWN[view], timeout);
      mark(view);
    }
    peakRss = Math.max(peakRss, rendererRss());
    return { steps, peakRss };
  } finally {
    clearInterval(sampler);
    await browser.close();
  }
}

export async function firstVisitLines(url: string): Promise<string[]> {
  try {
    const { steps, peakRss } = await firstVisit(url);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    return [
      `- first visit, cold (fresh profile; time from navigation, 1-min load average in brackets):`,
      ...steps.map(
        (st, i) =>
          `  - ${st.view} drawn at ${s(st.atMs)}${i ? ` (+${s(st.atMs - steps[i - 1].atMs)})` : ''} [load ${st.load.toFixed(2)}]`,
      ),
      `  - renderer peak resident memory (page and its workers, every view visited): ${(peakRss / 1024 ** 3).toFixed(2)} GiB`,
    ];
  } catch (e) {
    return [`- first visit: failed (${String((e as Error)?.message ?? e).slice(0, 160)})`];
  }
}
