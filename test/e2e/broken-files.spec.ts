import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect, DATA_ORIGIN, waitForDataset } from './fixtures';

interface Case {
  name: string;
  files: string[];
  expect: 'error' | 'notice';
  message: string;
  what: string;
  /** A view that reads the file (vectors are read when a view first needs them, with their notices). */
  view?: string;
}
const DIR = join(import.meta.dirname, '../fixtures/broken');
const cases: Case[] = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8'));

test('every broken file gets its specific message and the open dataset survives errors', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(`./?view=overview&data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`);
  await waitForDataset(page);
  const card = page.getByTestId('dataset-card').locator('h1');
  let handled = 0;
  for (const c of cases) {
    await test.step(`${c.name}: ${c.what}`, async () => {
      const before = await card.textContent();
      const generation = await page.locator('main').getAttribute('data-generation');
      await page.getByTestId('file-input').setInputFiles(c.files.map((f) => join(DIR, f)));
      if (c.expect === 'error') {
        const error = page.getByTestId('load-error');
        await expect(error).toContainText(new RegExp(c.message));
        // The dataset loaded before is still open and usable.
        await expect(card).toHaveText(before!);
        await expect(page.getByTestId('total-posts')).toBeVisible();
        await error.getByRole('button', { name: 'Dismiss' }).click();
      } else {
        // A repaired file opens as the new dataset: wait for it, then read its notices.
        await expect(page.locator('main')).not.toHaveAttribute('data-generation', generation!);
        if (c.view) await page.getByRole('button', { name: c.view, exact: true }).click();
        await expect(page.getByTestId('notices')).toContainText(new RegExp(c.message));
        if (c.view) await page.getByRole('button', { name: 'Overview', exact: true }).click();
        await expect(page.getByTestId('load-error')).toHaveCount(0);
      }
      handled++;
    });
  }
  console.log(`broken files: ${handled} of ${cases.length} handled as stated`);
  expect(handled).toBe(cases.length);
});

test('a gzip bomb by ?data= stops at the memory budget with a message naming the file', async ({ page }) => {
  // Playwright's route.fulfill cannot send a compressed body (Chromium ignores Content-Encoding
  // there), so a real local server sends it: 64 KiB of gzip that unpacks to 64 MiB.
  const bomb = gzipSync(Buffer.alloc(64 * 1024 ** 2));
  const server = createServer((req, res) => {
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-encoding': 'gzip',
      'content-length': String(bomb.length),
      'access-control-allow-origin': '*',
    });
    res.end(req.method === 'HEAD' ? undefined : bomb);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  try {
    await page.addInitScript(() => localStorage.setItem('moltscope-memory-budget-mb', '16'));
    await page
      .context()
      .route(`${DATA_ORIGIN}/bomb/**`, (route) =>
        route.continue({ url: `http://127.0.0.1:${port}${new URL(route.request().url()).pathname}` }),
      );
    await page.goto(`./?view=overview&data=${encodeURIComponent(`${DATA_ORIGIN}/bomb/posts.parquet`)}`);
    const error = page.getByTestId('load-error');
    await expect(error).toContainText('posts.parquet: the download stopped at 16 MiB');
    await expect(error.locator('dd').first()).toHaveText('posts.parquet');
  } finally {
    server.close();
  }
});

test('a bare Parquet URL counts its real size in the memory estimate', async ({ page }) => {
  // 5 KiB of budget: the 2 KiB posts file is estimated at about 10 KiB (it used to count as 0 B).
  await page.addInitScript(() => localStorage.setItem('moltscope-memory-budget-mb', String(5 / 1024)));
  await page.goto(`./?view=overview&data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/posts.parquet`)}`);
  const offer = page.getByTestId('memory-budget');
  await expect(offer).toContainText(/It needs about \d+(\.\d)? KiB; this tab can give about 5\.0 KiB/);
  await expect(offer).not.toContainText('null');
});

test('a 1,000-deep reply chain keeps all its comments in the thread reader', async ({ page }) => {
  const data = encodeURIComponent(`${DATA_ORIGIN}/broken/deep-thread/`);
  await page.goto(`./?view=explore&data=${data}&ex_thread=p1`);
  const thread = page.getByTestId('thread-reader');
  await expect(thread).toContainText('1,000 comments, deepest at depth 1000', { timeout: 45_000 });
  // The reader draws a window of rows: End goes to the last comment.
  await thread.getByRole('tree').focus();
  await page.keyboard.press('End');
  await expect(
    thread.locator('[role=treeitem][aria-posinset="1000"]').getByTestId('comment-depth'),
  ).toHaveText('depth 1000');
});
