import { test as base, expect, type Page } from '@playwright/test';
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

/**
 * Every test gets a page whose requests are logged; any request to another origin than the site
 * and the test data origin is blocked and recorded, and the test fails if there was one.
 */
export const test = base.extend<{ requests: RequestLog; trustDataOrigin: boolean; acceptDataOrigin: void }>({
  /**
   * The app asks before fetching a link's data from another origin (TrustPrompt.svelte). Tests
   * that open DATA_ORIGIN stand for a reader who has opened it before: it is pre-accepted in
   * localStorage, as the app remembers an accepted origin. The trust prompt's own tests turn it off.
   */
  trustDataOrigin: [true, { option: true }],
  acceptDataOrigin: [
    async ({ page, trustDataOrigin }, use) => {
      if (trustDataOrigin)
        await page.addInitScript((origin) => {
          const key = 'moltscope-trusted-origins';
          try {
            const list: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
            if (Array.isArray(list) && !list.includes(origin))
              localStorage.setItem(key, JSON.stringify([...list, origin]));
          } catch {
            /* about:blank and the like have no storage */
          }
        }, DATA_ORIGIN);
      await use();
    },
    { auto: true },
  ],
  requests: [
    async ({ page, baseURL }, use) => {
      const site = new URL(baseURL!).origin;
      const log: RequestLog = { all: [], outside: [], ranged: [] };
      await page.context().route('**/*', async (route) => {
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
      await use(log);
      expect(log.outside, 'requests that left the site').toEqual([]);
    },
    // Every test gets the log and the block, whether or not it names the fixture.
    { auto: true },
  ],
});

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
