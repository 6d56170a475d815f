import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, visit, waitForDataset } from './fixtures';

const DATA = join(import.meta.dirname, '../../public/data');
const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as { id: string; path: string }[];
const manifest = JSON.parse(readFileSync(join(DATA, index[0].path, 'manifest.json'), 'utf8'));
const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);

test('the default snapshot loads and its totals equal the manifest', async ({ page, requests }) => {
  await page.goto('./?view=overview');
  await waitForDataset(page);
  await expect(page.getByTestId('synthetic-banner')).toContainText('SYNTHETIC DATA');
  await expect(page.getByTestId('total-posts')).toHaveText(fmt(manifest.files.posts.rows));
  await expect(page.getByTestId('total-comments')).toHaveText(fmt(manifest.files.comments.rows));
  await expect(page.getByTestId('rows-posts')).toHaveText(fmt(manifest.files.posts.rows));
  // The link names the dataset even when it is the default (the default may change).
  await expect.poll(() => new URL(page.url()).search).toBe(`?view=overview&ds=${index[0].id}`);
  // wasm, workers and data all came from the site itself.
  expect(requests.all.some((u) => u.endsWith('.wasm'))).toBe(true);
});

test('brushing the timeline filters the totals and goes into the link', async ({ app: page }) => {
  await visit(page, './?view=overview');
  await waitForDataset(page);
  const totalBefore = await page.getByTestId('total-posts').textContent();
  const plot = page.getByTestId('timeline').locator('svg .ms-brush .overlay');
  await expect(plot).toBeVisible();
  // Let the other overview panels finish drawing, so the page layout is settled before dragging.
  for (const panel of ['comments-per-post', 'top-submolts', 'top-agents']) {
    await expect(page.getByTestId(panel).locator('svg rect').first()).toBeVisible();
  }
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('range-chip')).toBeVisible();
  await expect(page.getByTestId('total-posts')).not.toHaveText(totalBefore!);
  const url = new URL(page.url());
  expect(url.searchParams.get('from')).toMatch(/^2026-\d\d-\d\d$/);
  expect(url.searchParams.get('to')).toMatch(/^2026-\d\d-\d\d$/);
});

test('a permalink reopens the same filtered view', async ({ app: page }) => {
  await visit(page, './?view=overview&from=2026-02-04&to=2026-02-05&submolt=general&bin=hour');
  await waitForDataset(page);
  await expect(page.getByTestId('range-chip')).toContainText('2026-02-04 → 2026-02-05');
  const filtered = await page.getByTestId('total-posts').textContent();
  await page.reload();
  await waitForDataset(page);
  await expect(page.getByTestId('total-posts')).toHaveText(filtered!);
  await expect
    .poll(() => new URL(page.url()).search)
    .toBe(`?view=overview&ds=${index[0].id}&from=2026-02-04&to=2026-02-05&submolt=general&bin=hour`);
  // Clearing the range removes it from the link (defaults are never written).
  await page.getByRole('button', { name: 'Clear date range' }).click();
  await expect
    .poll(() => new URL(page.url()).search)
    .toBe(`?view=overview&ds=${index[0].id}&submolt=general&bin=hour`);
});

test('bad link parameters are dropped with a notice', async ({ page }) => {
  await page.goto(
    "./?view=%3Cimg%20src=x%20onerror=alert(1)%3E&from=yesterday&submolt=x'%3B%20DROP%20TABLE%20posts",
  );
  // The bad view falls back to the default, Findings; the submolt filter still applies.
  await expect(page.getByTestId('findings-intro')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('notices')).toContainText(
    'Ignored link parameters that were not valid: view, from',
  );
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
  await waitForDataset(page);
  await expect(page.getByTestId('total-posts')).toHaveText('0');
});

test('switching datasets keeps the view and shows the new totals', async ({ app: page }) => {
  await visit(page, './?view=overview');
  await waitForDataset(page);
  const second = JSON.parse(readFileSync(join(DATA, index[1].path, 'manifest.json'), 'utf8'));
  await page.getByLabel('Dataset', { exact: true }).selectOption(index[1].id);
  await expect(page.getByTestId('total-posts')).toHaveText(fmt(second.files.posts.rows));
  await expect.poll(() => new URL(page.url()).searchParams.get('ds')).toBe(index[1].id);
});

test('Back and Forward move between the views opened, each with its parameters', async ({ app: page }) => {
  await visit(page, './?view=overview&bin=hour');
  await waitForDataset(page);
  await page.evaluate(() => ((window as unknown as { __samePage: number }).__samePage = 1));
  const tabs = page.getByRole('navigation', { name: 'Views' });
  await tabs.getByRole('button', { name: 'Convergence' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-view', 'convergence');
  await tabs.getByRole('button', { name: 'Methods' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-view', 'methods');
  await page.goBack();
  await expect(page.locator('main')).toHaveAttribute('data-view', 'convergence');
  await page.goBack();
  await expect(page.locator('main')).toHaveAttribute('data-view', 'overview');
  // The entry keeps its link whole: the dataset named, the bin as it was.
  await expect.poll(() => new URL(page.url()).search).toBe(`?view=overview&ds=${index[0].id}&bin=hour`);
  await expect(page.getByRole('button', { name: 'hour', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goForward();
  await expect(page.locator('main')).toHaveAttribute('data-view', 'convergence');
  // Nothing was reloaded: the same page throughout.
  expect(await page.evaluate(() => (window as unknown as { __samePage?: number }).__samePage)).toBe(1);
});
