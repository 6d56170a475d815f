import type { Page } from '@playwright/test';
import { test, expect, waitForDataset } from './fixtures';
import { entryName } from '../../workers/engine/cache/cache-entry';

/** The totals and per-table row counts on screen, as text. */
async function figures(page: Page): Promise<string[]> {
  const totals = await page.locator('[data-testid^="total-"]').allTextContents();
  const rows = await page.locator('[data-testid^="rows-"]').allTextContents();
  return [...totals, ...rows];
}

/** Requests for Parquet files from now on, with their method. */
function parquetRequests(page: Page): { method: string; url: string }[] {
  const seen: { method: string; url: string }[] = [];
  page.on('request', (r) => {
    if (/\.parquet(\?|$)/.test(r.url())) seen.push({ method: r.method(), url: r.url() });
  });
  return seen;
}

async function openAndWaitForSave(page: Page): Promise<string[]> {
  await page.goto('./?view=overview&ds=synthetic-inert-small');
  await waitForDataset(page);
  await expect(page.getByTestId('saved-to-cache')).toBeVisible({ timeout: 45_000 });
  return figures(page);
}

test('a second visit opens the dataset from the cache: same totals, no Parquet downloaded', async ({
  page,
}) => {
  const cold = await openAndWaitForSave(page);
  expect(cold.length).toBeGreaterThan(3);
  await expect(page.getByTestId('from-cache')).toHaveCount(0);
  const size = await page.getByTestId('cache-size').textContent();
  expect(size).toMatch(/MiB|KiB/);

  const second = parquetRequests(page);
  await page.reload();
  await waitForDataset(page);
  await expect(page.getByTestId('from-cache')).toHaveText(
    /^Opened from this browser's cache \(saved \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d UTC\)\.$/,
  );
  expect(await figures(page)).toEqual(cold);
  // Each file's version is asked for (HEAD, no body); none is downloaded or range-read. Six files:
  // posts, comments, agents, submolts, and the vectors and n-gram index that the Overview never
  // loads (their versions are known should a view need them).
  const files = new Set(second.map((r) => r.url));
  expect(files.size).toBe(6);
  expect([...files].some((u) => u.endsWith('/ngrams.parquet'))).toBe(true);
  expect(second.filter((r) => r.method !== 'HEAD')).toEqual([]);
});

test('a file changed on the server is read again; the others still come from the cache', async ({ page }) => {
  const cold = await openAndWaitForSave(page);
  // The server now gives posts.parquet another version (its HEAD and GET carry a new ETag).
  await page.route('**/synthetic-inert-small/posts.parquet', async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), etag: 'W/"changed-on-server"' } });
  });
  const second = parquetRequests(page);
  await page.reload();
  await waitForDataset(page);
  await expect(page.getByTestId('from-cache')).toHaveText(/^3 of 4 files opened from this browser's cache/);
  expect(await figures(page)).toEqual(cold);
  expect(second.some((r) => r.url.endsWith('/posts.parquet') && r.method === 'GET')).toBe(true);
  expect(second.filter((r) => !r.url.endsWith('/posts.parquet') && r.method !== 'HEAD')).toEqual([]);
});

test('"Reload from source" reads the network, and "Clear cache" empties the cache', async ({ page }) => {
  const cold = await openAndWaitForSave(page);
  await page.reload();
  await waitForDataset(page);
  await expect(page.getByTestId('from-cache')).toBeVisible();

  const fresh = parquetRequests(page);
  await page.getByRole('button', { name: 'Reload from source' }).click();
  await expect(page.getByTestId('saved-to-cache')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('from-cache')).toHaveCount(0);
  expect(fresh.some((r) => r.method === 'GET')).toBe(true);
  expect(await figures(page)).toEqual(cold);

  await page.getByRole('button', { name: 'Clear cache' }).click();
  await expect(page.getByTestId('cache-size')).toHaveCount(0);
  await page.reload();
  await waitForDataset(page);
  await expect(page.getByTestId('saved-to-cache')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('from-cache')).toHaveCount(0);
});

test('a corrupt cache entry falls back to the network for that file, without an error', async ({
  page,
  baseURL,
}) => {
  const cold = await openAndWaitForSave(page);
  const name = entryName(new URL('data/synthetic-inert-small/comments.parquet', baseURL).href);
  // Overwrite the first chunk with as many bytes of garbage: its size still matches, its content not.
  await page.evaluate(async (entry) => {
    const root = await navigator.storage.getDirectory();
    const dir = await (await root.getDirectoryHandle('moltscope-cache')).getDirectoryHandle(entry);
    const handle = await dir.getFileHandle('0.arrow');
    const size = (await handle.getFile()).size;
    const w = await handle.createWritable();
    await w.write(new Uint8Array(size).fill(0x5a));
    await w.close();
  }, name);
  const second = parquetRequests(page);
  await page.reload();
  await waitForDataset(page);
  await expect(page.getByTestId('from-cache')).toHaveText(/^3 of 4 files opened from this browser's cache/);
  await expect(page.getByTestId('load-error')).toHaveCount(0);
  expect(await figures(page)).toEqual(cold);
  expect(second.some((r) => r.url.endsWith('/comments.parquet') && r.method === 'GET')).toBe(true);
});

test('vectors and the n-gram index load when a view needs them, and the next visit reads them from the cache', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const first = parquetRequests(page);
  await openAndWaitForSave(page);
  // The Overview never reads them: they wait on the server.
  expect(first.filter((r) => /\/(embeddings|ngrams)\.parquet/.test(r.url) && r.method !== 'HEAD')).toEqual(
    [],
  );
  await expect(page.getByTestId('late-embeddings')).toHaveText('when a view needs it');
  await page.getByRole('button', { name: 'Convergence', exact: true }).click();
  await expect(page.getByTestId('cv-heatmap').locator('svg rect').first()).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('cv-turnover').locator('svg path').first()).toBeVisible({ timeout: 120_000 });
  expect(first.some((r) => r.url.endsWith('/embeddings.parquet') && r.method === 'GET')).toBe(true);
  // Saved in the background after the view drew: wait until both entries are complete.
  const entries = ['embeddings', 'ngrams'].map((t) =>
    entryName(new URL(`data/synthetic-inert-small/${t}.parquet`, page.url()).href),
  );
  await expect
    .poll(
      () =>
        page.evaluate(async (names) => {
          const cache = await (await navigator.storage.getDirectory()).getDirectoryHandle('moltscope-cache');
          for (const name of names) {
            try {
              await (await cache.getDirectoryHandle(name)).getFileHandle('meta.json');
            } catch {
              return false;
            }
          }
          return true;
        }, entries),
      { timeout: 60_000 },
    )
    .toBe(true);
  const second = parquetRequests(page);
  await page.goto('./?ds=synthetic-inert-small&view=convergence');
  await expect(page.getByTestId('cv-heatmap').locator('svg rect').first()).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('cv-turnover').locator('svg path').first()).toBeVisible({ timeout: 120_000 });
  expect(second.filter((r) => r.method !== 'HEAD')).toEqual([]);
});
