import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';

/** A made-up origin standing for "a data URL the user gave": served from test/fixtures. */
export const DATA_ORIGIN = 'http://data.moltscope.test';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface RequestLog {
  /** Every URL the page or its workers asked for. */
  all: string[];
  /** Those that left the page's origin and were not the test data origin. */
  outside: string[];
  /** Requests that asked for a byte range (Parquet read by HTTP range requests). */
  ranged: string[];
}

/** The log of the test that is running (a worker runs one test at a time). */
let activeLog: RequestLog = { all: [], outside: [], ranged: [] };

/**
 * Logs every request of a context into the running test's log; any request to another origin than
 * the site and the test data origin is blocked and recorded (the test then fails).
 */
async function guardRequests(context: BrowserContext, baseURL: string): Promise<void> {
  const site = new URL(baseURL).origin;
  await context.route('**/*', async (route) => {
    const log = activeLog;
    const url = route.request().url();
    log.all.push(url);
    if (route.request().headers()['range']) log.ranged.push(url);
    const origin = new URL(url).origin;
    if (origin === site) return route.continue();
    if (origin === DATA_ORIGIN) return serveFixture(route.request().url(), route);
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    log.outside.push(url);
    return route.abort('blockedbyclient');
  });
}

/**
 * The app asks before fetching a link's data from another origin (TrustPrompt.svelte). Tests that
 * open DATA_ORIGIN stand for a reader who has opened it before: it is pre-accepted in localStorage,
 * as the app remembers an accepted origin.
 */
async function trustDataOriginIn(context: BrowserContext): Promise<void> {
  await context.addInitScript((origin) => {
    const key = 'moltscope-trusted-origins';
    try {
      const list: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      if (Array.isArray(list) && !list.includes(origin))
        localStorage.setItem(key, JSON.stringify([...list, origin]));
    } catch {
      /* about:blank and the like have no storage */
    }
  }, DATA_ORIGIN);
}

/** One page kept open across a worker's tests (see the `app` fixture). */
interface SharedApp {
  get(): Promise<Page>;
  /** Closes the page: the next test that asks gets a fresh one. */
  discard(): Promise<void>;
}

/** Events a test may listen to; removed when the test ends so they do not reach the next test. */
const TEST_EVENTS = ['console', 'dialog', 'download', 'pageerror', 'request', 'response'] as const;

/**
 * Every test's requests are logged, and blocked and failed when they leave the site and the test
 * data origin. `page` is a fresh browser profile per test, as usual.
 *
 * `app` is one page kept across the worker's tests: a test that needs the app on a dataset, but
 * not a fresh profile, moves it with `visit`, which follows the link inside the running app as Back
 * and Forward do (a page load starts the 35 MB engine again and costs 5–8 s of a 2-core machine; a
 * view change, well under one; another dataset, its tables only). Tests that read the cache, the
 * trust prompt, storage, memory, the requests of a load, or start-up itself use `page`. A test that
 * fails discards the shared page, so one failure does not leak into the next test.
 */
export const test = base.extend<
  { requests: RequestLog; trustDataOrigin: boolean; app: Page },
  { sharedApp: SharedApp }
>({
  /** The trust prompt's own tests turn this off. */
  trustDataOrigin: [true, { option: true }],
  requests: [
    // Playwright reads a fixture's dependencies from its first parameter: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const log: RequestLog = { all: [], outside: [], ranged: [] };
      activeLog = log;
      await use(log);
      expect(log.outside, 'requests that left the site').toEqual([]);
    },
    // Every test gets the log and the block, whether or not it names the fixture.
    { auto: true },
  ],
  context: async ({ context, baseURL, trustDataOrigin }, use) => {
    await guardRequests(context, baseURL!);
    if (trustDataOrigin) await trustDataOriginIn(context);
    await use(context);
  },
  sharedApp: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, timezoneId, locale } = workerInfo.project.use;
      let context: BrowserContext | null = null;
      let page: Page | null = null;
      await use({
        async get() {
          if (!context) {
            context = await browser.newContext({ baseURL, timezoneId, locale });
            await guardRequests(context, baseURL!);
            await trustDataOriginIn(context);
          }
          page ??= await context.newPage();
          return page;
        },
        async discard() {
          await page?.close();
          page = null;
        },
      });
      await (context as BrowserContext | null)?.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ sharedApp }, use, testInfo) => {
    const page = await sharedApp.get();
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) {
      await sharedApp.discard();
      return;
    }
    for (const event of TEST_EVENTS) page.removeAllListeners(event);
    await page.setViewportSize({ width: 1280, height: 720 });
  },
});

/** The bundled dataset a link without `ds` or `data` opens. */
const DEFAULT_DATASET = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'data', 'index.json'), 'utf8')) as {
    id: string;
  }[]
)[0].id;

/** The dataset a link names, as the app's `source` says it: a data URL, or a bundled id. */
function datasetOf(link: URL): { url: string } | { id: string } {
  const data = link.searchParams.get('data');
  return data ? { url: data } : { id: link.searchParams.get('ds') || DEFAULT_DATASET };
}

/** What the app in `page` has open, as JSON (`"null"` when no app is running or nothing is open). */
async function openDataset(page: Page): Promise<string> {
  if (!page.url().startsWith('http')) return 'null';
  return page.evaluate(() => {
    const hook = (globalThis as { __moltscope?: { links?: { source(): unknown } } }).__moltscope;
    return JSON.stringify(hook?.links?.source() ?? null);
  });
}

/**
 * Opens a link in the app. When an app is running in the page, the link is followed inside it, as
 * Back and Forward follow an entry (the address bar changes, then `popstate`): its dataset is opened
 * if it is not the one open (the engine is already started), and its view is always mounted afresh
 * (by way of another view), once that dataset is open, so nothing of the previous test's view or
 * data remains on screen. Otherwise the link is loaded as a page.
 */
export async function visit(page: Page, link: string): Promise<void> {
  const here = page.url();
  const target = new URL(link, here.startsWith('http') ? here : test.info().project.use.baseURL);
  const open = await openDataset(page);
  if (open === 'null') {
    await page.goto(link);
    return;
  }
  const view = target.searchParams.get('view') || 'findings';
  const wanted = JSON.stringify(datasetOf(target));
  const shown = await page.evaluate(() => document.querySelector('main')?.dataset.view ?? '');
  if (shown === view || open !== wanted) {
    const hop = new URL(target);
    hop.search = '';
    for (const key of ['data', 'ds']) {
      const v = target.searchParams.get(key);
      if (v) hop.searchParams.set(key, v);
    }
    hop.searchParams.set('view', view === 'methods' ? 'overview' : 'methods');
    await follow(page, hop);
    if (open !== wanted) await expect.poll(() => openDataset(page), { timeout: 90_000 }).toBe(wanted);
  }
  await follow(page, target);
}

async function follow(page: Page, target: URL): Promise<void> {
  const view = target.searchParams.get('view') || 'findings';
  await page.evaluate((href) => {
    history.pushState(null, '', href);
    dispatchEvent(new PopStateEvent('popstate'));
  }, target.href);
  await page.waitForFunction((v) => document.querySelector('main')?.dataset.view === v, view);
}

/** Paths under this prefix are served as a host that does not state sizes in its HEAD answers. */
export const UNSIZED = '/unsized';

/** Serves test/fixtures like a static host: HEAD, and byte ranges (206) as Parquet readers ask. */
async function serveFixture(url: string, route: import('@playwright/test').Route) {
  let pathname = decodeURIComponent(new URL(url).pathname);
  const unsized = pathname.startsWith(`${UNSIZED}/`);
  if (unsized) pathname = pathname.slice(UNSIZED.length);
  const path = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
  const file = join(FIXTURES, path);
  if (!file.startsWith(FIXTURES) || !existsSync(file))
    return route.fulfill({ status: 404, body: 'not found' });
  const body = readFileSync(file);
  const headers: Record<string, string> = {
    'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'content-length, content-range, accept-ranges',
    'accept-ranges': 'bytes',
  };
  const request = route.request();
  if (request.method() === 'HEAD') {
    return route.fulfill({
      status: 200,
      headers: unsized ? headers : { ...headers, 'content-length': String(body.length) },
    });
  }
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers()['range'] ?? '');
  if (range) {
    let start = range[1] === '' ? body.length - Number(range[2]) : Number(range[1]);
    let end = range[1] === '' || range[2] === '' ? body.length - 1 : Number(range[2]);
    start = Math.max(0, start);
    end = Math.min(body.length - 1, end);
    return route.fulfill({
      status: 206,
      body: body.subarray(start, end + 1),
      headers: { ...headers, 'content-range': `bytes ${start}-${end}/${body.length}` },
    });
  }
  return route.fulfill({ status: 200, body, headers });
}

/** Waits until a dataset is open and its totals are drawn. */
export async function waitForDataset(page: Page): Promise<void> {
  await expect(page.getByTestId('dataset-card')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('total-posts')).toBeVisible();
}

export { expect };
