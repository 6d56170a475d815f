/**
 * View switching and time scrubbing (issue #5, "Bench"): how long a switch between overview,
 * convergence and agents takes to be fully drawn once the metrics are ready (computed on the first
 * visit, then answered from the client's cache), and the longest main-thread task (Long Tasks API)
 * while scrubbing time: the agent page's trajectory played and dragged, and the overview's date
 * brush. The targets are ≤ 1 s per switch and no task over 200 ms; figures are measured and
 * reported, never asserted: this is part of the report, not a test.
 */
import { chromium, type Page } from 'playwright-core';
import { BENCH_ARGS, CHROMIUM_PATH } from './browser';

type ViewName = 'Overview' | 'Convergence' | 'Agents';

/** What must be on the page for a view to count as fully drawn (its data in, its charts drawn). */
export const DRAWN: Record<ViewName, string[]> = {
  Overview: [
    '[data-testid="total-posts"]',
    '[data-testid="timeline"] svg path',
    '[data-testid="dataset-card"]',
  ],
  Convergence: [
    '[data-testid="convergence"][data-state="ready"]',
    '[data-testid="cv-heatmap"] svg rect',
    '[data-testid="cv-curves"] svg path',
    '[data-testid="cv-turnover"] svg path',
  ],
  Agents: [
    '[data-testid="agents"][data-state="ready"]',
    '[data-testid="agent-table"] tbody tr',
    '[data-testid="ag-drift-scatter"] svg :is(circle, image)',
    '[data-testid="ag-pull"] svg rect',
    '[data-testid="ag-influence-hist"] svg rect',
  ],
};

export interface Switch {
  from: ViewName;
  to: ViewName;
  /** Click on the tab to the first frame painted with every chart of the view drawn. */
  ms: number;
  longestTaskMs: number;
}

export interface ScrubWindow {
  what: string;
  wallMs: number;
  tasks: number;
  longestMs: number;
  over200: number;
}

const LONG_TASK_LIMIT = 200;

// Page code is passed as strings: tsx would wrap named functions in a helper the page lacks.
const START_LONG_TASKS = `(() => {
  globalThis.__vsBench?.stop();
  const tasks = [];
  const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  po.observe({ type: 'longtask' });
  globalThis.__vsBench = { tasks, stop: () => po.disconnect() };
})()`;
const STOP_LONG_TASKS = `(() => { const b = globalThis.__vsBench; b.stop(); return b.tasks; })()`;

/**
 * Clicks a view tab and waits, frame by frame, until every selector of the view matches, then for
 * the next frame to be painted. Timed inside the page, so no driver round trip is counted.
 */
const SWITCH = `(async ({ tab, selectors, timeout }) => {
  const button = [...document.querySelectorAll('nav[aria-label="Views"] button')]
    .find((b) => b.textContent.trim() === tab);
  if (!button) throw new Error('no tab ' + tab);
  const t0 = performance.now();
  button.click();
  await new Promise((resolve, reject) => {
    const tick = () => {
      const missing = selectors.filter((s) => !document.querySelector(s));
      if (!missing.length) resolve();
      else if (performance.now() - t0 > timeout) reject(new Error(tab + ' not drawn: ' + missing.join(', ')));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
})`;

async function recordTasks<T>(page: Page, run: () => Promise<T>): Promise<{ result: T; tasks: number[] }> {
  await page.evaluate(START_LONG_TASKS);
  const result = await run();
  // Long-task entries are delivered after the task ends: give the observer a moment.
  await page.waitForTimeout(300);
  const tasks = await page.evaluate<number[]>(STOP_LONG_TASKS);
  return { result, tasks };
}

async function switchView(page: Page, from: ViewName, to: ViewName, timeout: number): Promise<Switch> {
  const { result, tasks } = await recordTasks(page, () =>
    // A string is evaluated as an expression, not called: the argument goes into the string.
    page.evaluate<number>(`(${SWITCH})(${JSON.stringify({ tab: to, selectors: DRAWN[to], timeout })})`),
  );
  return { from, to, ms: result, longestTaskMs: Math.max(0, ...tasks) };
}

async function scrub(page: Page, what: string, run: () => Promise<void>): Promise<ScrubWindow> {
  const t0 = Date.now();
  const { tasks } = await recordTasks(page, run);
  return {
    what,
    wallMs: Date.now() - t0,
    tasks: tasks.length,
    longestMs: Math.max(0, ...tasks),
    over200: tasks.filter((d) => d > LONG_TASK_LIMIT).length,
  };
}

/** Drags the mouse across a box from one share of its width to another, in small steps. */
async function drag(page: Page, selector: string, from: number, to: number, steps: number): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(box.x + box.width * (from + ((to - from) * i) / steps), y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

export interface ViewSwitchResult {
  /** The first visit of each analysis view: the metrics are computed, then drawn. */
  first: Switch[];
  /** Later switches, every metric already computed. */
  warm: Switch[];
  scrubs: ScrubWindow[];
}

/**
 * In a page where a dataset is loaded (totals on screen, overview shown): visits convergence and
 * agents once to have their metrics computed, cycles overview → convergence → agents `rounds`
 * times, then scrubs time on the busiest agent's page and on the overview brush.
 */
export async function viewSwitch(page: Page, rounds = 3, timeout = 900_000): Promise<ViewSwitchResult> {
  const first = [
    await switchView(page, 'Overview', 'Convergence', timeout),
    await switchView(page, 'Convergence', 'Agents', timeout),
  ];
  const warm: Switch[] = [];
  const cycle: ViewName[] = ['Agents', 'Overview', 'Convergence', 'Agents'];
  for (let r = 0; r < rounds; r++) {
    for (let i = 1; i < cycle.length; i++) warm.push(await switchView(page, cycle[i - 1], cycle[i], timeout));
  }

  const scrubs: ScrubWindow[] = [];
  // The busiest agent (default sort: posts, descending) has the longest trajectory.
  await page.getByTestId('agent-table').locator('tbody tr').first().getByRole('button').click();
  const traj = page.getByTestId('ag-trajectory');
  await traj.locator('svg .ms-trajectory line').first().waitFor({ timeout });
  scrubs.push(
    await scrub(page, 'agent trajectory played through', async () => {
      await traj.getByRole('button', { name: 'Play' }).click();
      await traj.getByRole('button', { name: 'Play' }).waitFor({ timeout });
    }),
  );
  scrubs.push(
    await scrub(page, 'agent trajectory time slider dragged end to end and back', async () => {
      await drag(page, '[data-testid="ag-trajectory"] input[type="range"]', 0.02, 0.98, 40);
      await drag(page, '[data-testid="ag-trajectory"] input[type="range"]', 0.98, 0.02, 40);
    }),
  );

  await switchView(page, 'Agents', 'Overview', timeout);
  scrubs.push(
    await scrub(page, 'overview date brush moved 4 times (each redraws the filtered overview)', async () => {
      const overlay = '[data-testid="timeline"] svg .ms-brush .overlay';
      for (const [a, b] of [
        [0.1, 0.4],
        [0.3, 0.6],
        [0.5, 0.8],
        [0.2, 0.9],
      ]) {
        const before = await page.getByTestId('total-posts').textContent();
        await drag(page, overlay, a, b, 12);
        // The totals are re-queried for the new range: wait for them to change, then a frame more.
        await page
          .waitForFunction(
            (old) => document.querySelector('[data-testid="total-posts"]')?.textContent !== old,
            before,
            { timeout, polling: 'raf' },
          )
          .catch(() => undefined);
        await page.waitForTimeout(100);
      }
    }),
  );
  return { first, warm, scrubs };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Report lines for one run of viewSwitch. */
export function viewSwitchLines(r: ViewSwitchResult): string[] {
  const byPair = new Map<string, Switch[]>();
  for (const s of r.warm) {
    const key = `${s.from} → ${s.to}`;
    byPair.set(key, [...(byPair.get(key) ?? []), s]);
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const worst = Math.max(0, ...r.warm.map((s) => s.ms));
  return [
    `- view switch to fully drawn (issue #5 target ≤ 1 s once the metrics are ready; worst ${ms(worst)}):`,
    ...r.first.map(
      (s) =>
        `  - first visit ${s.from} → ${s.to} (metrics computed, then drawn): ${(s.ms / 1000).toFixed(2)} s, longest task ${ms(s.longestTaskMs)}`,
    ),
    ...[...byPair].map(([pair, xs]) => {
      const t = sorted(xs.map((s) => s.ms));
      return `  - ${pair}, metrics ready (${xs.length} switches): median ${ms(t[t.length >> 1])}, max ${ms(t[t.length - 1])}; longest task ${ms(Math.max(...xs.map((s) => s.longestTaskMs)))}`;
    }),
    `- scrubbing time (issue #5 target: no main-thread task over ${LONG_TASK_LIMIT} ms):`,
    ...r.scrubs.map(
      (w) =>
        `  - ${w.what}: longest main-thread task ${ms(w.longestMs)}, ${w.over200} over ${LONG_TASK_LIMIT} ms (${w.tasks} over 50 ms) in ${(w.wallMs / 1000).toFixed(1)} s`,
    ),
  ];
}

/** The report's lines for one dataset, in a browser of its own. */
export async function viewSwitchReport(url: string, launchArgs = BENCH_ARGS): Promise<string[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: launchArgs,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.getByTestId('total-posts').waitFor({ timeout: 600_000 });
    return viewSwitchLines(await viewSwitch(page));
  } catch (e) {
    return [`- view switch: failed (${String((e as Error)?.message ?? e).slice(0, 200)})`];
  } finally {
    await browser.close();
  }
}
