import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, DATA_ORIGIN, visit, waitForDataset } from './fixtures';

const index = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/index.json'), 'utf8')) as {
  id: string;
}[];
/** The bundled default (the first entry): links name it too. */
const DEFAULT = index[0].id;

test('the Embed button gives an iframe snippet of the current view', async ({ app: page }) => {
  await visit(page, './?view=overview&from=2026-02-04&to=2026-02-05');
  await waitForDataset(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  expect(snippet).toMatch(
    new RegExp(
      `^<iframe src="http://127\\.0\\.0\\.1:\\d+/moltscope/\\?view=overview&amp;ds=${DEFAULT}&amp;from=2026-02-04&amp;to=2026-02-05&amp;embed=1"`,
    ),
  );
});

test('embed mode shows the view with minimal chrome, the synthetic banner and a link back', async ({
  page,
}) => {
  await page.goto('./?view=overview&from=2026-02-04&to=2026-02-05&embed=1');
  await waitForDataset(page);
  await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveCount(0);
  await expect(page.getByTestId('synthetic-banner')).toBeVisible();
  const back = page.getByRole('link', { name: /Open this view in Moltscope/ });
  await expect(back).toHaveAttribute(
    'href',
    new RegExp(`\\?view=overview&ds=${DEFAULT}&from=2026-02-04&to=2026-02-05$`),
  );
});

test('a dataset opened by URL is remembered in the picker', async ({ page }) => {
  await page.goto(`./?view=overview&data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`);
  await waitForDataset(page);
  await page.goto('./?view=overview');
  await waitForDataset(page);
  const option = page
    .getByLabel('Dataset', { exact: true })
    .locator('optgroup[label^="Opened before"] option');
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('Tiny hand-made fixture');
});

test('a link to the default dataset names it, and keeps naming it after switching back', async ({
  app: page,
}) => {
  await visit(page, './?view=overview');
  await waitForDataset(page);
  await expect.poll(() => new URL(page.url()).search).toBe(`?view=overview&ds=${DEFAULT}`);
  // Another dataset, then the default again: `ds` names the default, it is not dropped.
  const picker = page.getByLabel('Dataset', { exact: true });
  await picker.selectOption(index[1].id);
  await expect.poll(() => new URL(page.url()).searchParams.get('ds')).toBe(index[1].id);
  await picker.selectOption(DEFAULT);
  await expect.poll(() => new URL(page.url()).search).toBe(`?view=overview&ds=${DEFAULT}`);
  // A link that names no dataset gets the default's name once it is open; so does the snippet.
  await visit(page, './?view=overview&bin=hour');
  await waitForDataset(page);
  await expect.poll(() => new URL(page.url()).search).toBe(`?view=overview&ds=${DEFAULT}&bin=hour`);
  await page.getByRole('button', { name: 'Embed' }).click();
  expect(await page.getByTestId('embed-snippet').inputValue()).toContain(
    `?view=overview&amp;ds=${DEFAULT}&amp;bin=hour&amp;embed=1`,
  );
});
