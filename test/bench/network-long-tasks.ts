/**
 * Network view under load (issue #6, "Scale"): long main-thread tasks (Long Tasks API) while the
 * view lays out its first graph and while it plays through every day, with the size of the graphs
 * it drew. Figures are measured, never asserted: this is part of the report, not a test.
 */
import { chromium, type Page } from 'playwright-core';
import { BENCH_ARGS, CHROMIUM_PATH } from './browser';

/** Counts of one graph: the whole graph of the scope and what the size budget let through. */
export interface GraphCounts {
  day: string;
  nodes: number;
  edges: number;
  drawnNodes: number;
  drawnEdges: number;
}

export interface LongTaskWindow {
  wallMs: number;
  /** Main-thread tasks over 50 ms (what the Long Tasks API reports). */
  tasks: number;
  longestMs: number;
  over200: number;
  graphs: GraphCounts[];
}

const LONG_TASK_LIMIT = 200;
/** How long play waits for the view to know its days. */
const PLAY_WAIT_MS = 600_000;

export interface NetworkLongTasks {
  layout: LongTaskWindow;
  /** Null when the days did not come within PLAY_WAIT_MS. */
  play: LongTaskWindow | null;
  /** From the first graph on screen until play could start. */
  daysWaitMs: number;
  /** Why play was not measured (the wait's error). */
  why?: string;
}

/**
 * Starts recording long tasks and every graph the canvas shows (its data attributes). The page
 * code is a string: tsx would wrap named functions in a helper the page does not have.
 */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    globalThis.__nwBench?.stop();
    const tasks = [];
    const graphs = [];
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    });
    po.observe({ type: 'longtask' });
    const mo = new MutationObserver(() => {
      const c = document.querySelector('[data-testid="network-canvas"]');
      if (!c) return;
      const s = ['data-day', 'data-total-nodes', 'data-total-edges', 'data-nodes', 'data-edges']
        .map((a) => c.getAttribute(a) ?? '')
        .join('|');
      if (graphs[graphs.length - 1] !== s) graphs.push(s);
    });
    mo.observe(document.body, { subtree: true, attributes: true, childList: true });
    globalThis.__nwBench = { tasks, graphs, stop: () => { po.disconnect(); mo.disconnect(); } };
  })()`);
}

async function stopRecording(page: Page, wallMs: number): Promise<LongTaskWindow> {
  // Long-task entries are delivered after the task ends: give the observer a moment.
  await page.waitForTimeout(500);
  const { tasks, graphs } = await page.evaluate<{ tasks: number[]; graphs: string[] }>(
    '(() => { const b = globalThis.__nwBench; b.stop(); return { tasks: b.tasks, graphs: b.graphs }; })()',
  );
  return {
    wallMs,
    tasks: tasks.length,
    longestMs: tasks.reduce((m, d) => Math.max(m, d), 0),
    over200: tasks.filter((d) => d > LONG_TASK_LIMIT).length,
    graphs: graphs.map((s) => {
      const [day, nodes, edges, drawnNodes, drawnEdges] = s.split('|');
      return { day, nodes: +nodes, edges: +edges, drawnNodes: +drawnNodes, drawnEdges: +drawnEdges };
    }),
  };
}

/**
 * Waits until the network view has drawn its graph. Not for its statistics: they come from the
 * engine worker, whose queue (Louvain above all) can take minutes at paper scale and is not what
 * this measures.
 */
async function settled(page: Page, timeout: number): Promise<void> {
  await page.locator('[data-testid="network-view"][data-busy="false"]').waitFor({ timeout });
  await page.locator('[data-testid="network-canvas"]:not([data-nodes="0"])').waitFor({ timeout });
}

/**
 * Opens the network view in a page where a dataset is loaded (through the view tabs, so the data
 * is not loaded again), then plays through every day. With `budget` (agents drawn at most), that
 * choice is made in the view's own control first and the layout window measures the graph drawn
 * with it.
 */
export async function networkLongTasks(
  page: Page,
  budget?: number,
  onLayout?: (layout: LongTaskWindow) => void,
): Promise<NetworkLongTasks> {
  const timeout = 900_000;
  const open = () =>
    page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Network' })
      .click({ timeout });
  if (budget !== undefined) {
    await open();
    await settled(page, timeout);
  }
  await startRecording(page);
  let t0 = Date.now();
  if (budget === undefined) await open();
  else await page.getByTestId('node-budget').selectOption(String(budget), { timeout });
  await settled(page, timeout);
  const layout = await stopRecording(page, Date.now() - t0);
  onLayout?.(layout);

  // Play needs the list of days, which comes with the frame information: its wait is not
  // part of the play window, and a list that never comes is reported, not waited for forever.
  const play = page.getByTestId('play');
  const waitStarted = Date.now();
  // Polled from here: a string predicate (waitForFunction) is evaluated in the page, which the
  // app's Content Security Policy (no 'unsafe-eval') refuses.
  try {
    while (await play.isDisabled({ timeout })) {
      if (Date.now() - waitStarted > PLAY_WAIT_MS)
        throw new Error(`not enabled within ${PLAY_WAIT_MS / 1000} s`);
      await page.waitForTimeout(250);
    }
  } catch (e) {
    const why = String((e as Error)?.message ?? e)
      .split('\n')[0]
      .slice(0, 160);
    return { layout, play: null, daysWaitMs: Date.now() - waitStarted, why };
  }
  const daysWaitMs = Date.now() - waitStarted;
  await startRecording(page);
  t0 = Date.now();
  await play.click({ timeout });
  await play.filter({ hasText: 'Play' }).waitFor({ timeout });
  await settled(page, timeout);
  return { layout, play: await stopRecording(page, Date.now() - t0), daysWaitMs };
}

const n = (x: number) => x.toLocaleString('en-US');

/** Report lines for one run of networkLongTasks. */
export function networkLongTasksLines(label: string, r: NetworkLongTasks): string[] {
  const line = (what: string, w: LongTaskWindow) =>
    `  - ${what}: longest main-thread task ${w.longestMs.toFixed(0)} ms, ${w.over200} over ${LONG_TASK_LIMIT} ms (${w.tasks} over 50 ms) in ${(w.wallMs / 1000).toFixed(1)} s`;
  const graphs = (w: LongTaskWindow) =>
    w.graphs
      .filter((g) => g.drawnNodes > 0)
      .map((g) => `${g.day}: ${n(g.nodes)}/${n(g.edges)} → ${n(g.drawnNodes)}/${n(g.drawnEdges)}`)
      .join('; ');
  const wait = `${(r.daysWaitMs / 1000).toFixed(0)} s`;
  return [
    `- network view, ${label}:`,
    line('layout of the whole range', r.layout),
    r.play
      ? line(`play through every day (after ${wait} waiting for the list of days)`, r.play)
      : `  - play through every day: not measured, the list of days had not come after ${wait} (${r.why ?? 'no reason given'})`,
    `  - graphs drawn (agents/directed pairs of the scope → drawn): ${graphs(r.layout)}${r.play ? `; ${graphs(r.play)}` : ''}`,
  ];
}

/**
 * The report's lines for one dataset, in a browser of its own: the view's default size budget, then
 * each larger budget given (skipped when the default already draws the whole graph).
 */
export async function networkLongTasksReport(
  url: string,
  budgets: number[] = [],
  launchArgs = BENCH_ARGS,
): Promise<string[]> {
  const out: string[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: launchArgs,
  });
  try {
    for (const budget of [undefined, ...budgets]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await page.goto(url);
        await page.getByTestId('total-posts').waitFor({ timeout: 600_000 });
        const r = await networkLongTasks(page, budget);
        out.push(
          ...networkLongTasksLines(
            budget === undefined ? 'default size budget' : `budget raised to ${n(budget)} agents`,
            r,
          ),
        );
        const first = r.layout.graphs.at(-1);
        if (first && first.drawnNodes >= first.nodes) break;
      } catch (e) {
        out.push(`- network view: failed (${String((e as Error)?.message ?? e).slice(0, 160)})`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
