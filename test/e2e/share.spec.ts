import { test, expect, DATA_ORIGIN, waitForDataset } from './fixtures';

test('the Embed button gives an iframe snippet of the current view', async ({ page }) => {
  await page.goto('./?from=2026-02-04&to=2026-02-05');
  await waitForDataset(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/moltscope\/\?from=2026-02-04&amp;to=2026-02-05&amp;embed=1"/,
  );
});

test('embed mode shows the view with minimal chrome, the synthetic banner and a link back', async ({
  page,
}) => {
  await page.goto('./?from=2026-02-04&to=2026-02-05&embed=1');
  await waitForDataset(page);
  await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveCount(0);
  await expect(page.getByTestId('synthetic-banner')).toBeVisible();
  const back = page.getByRole('link', { name: /Open this view in Moltscope/ });
  await expect(back).toHaveAttribute('href', /\?from=2026-02-04&to=2026-02-05$/);
});

test('a dataset opened by URL is remembered in the picker', async ({ page }) => {
  await page.goto(`./?data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`);
  await waitForDataset(page);
  await page.goto('./');
  await waitForDataset(page);
  const option = page
    .getByLabel('Dataset', { exact: true })
    .locator('optgroup[label^="Opened before"] option');
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('Tiny hand-made fixture');
});
