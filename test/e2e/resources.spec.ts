import { test, expect, waitForDataset } from './fixtures';

/** Over the memory budget, the app offers a subset instead of loading (and crashing) the tab. */
// 12 MB: every file of the default snapshot downloads under the per-file cap (the budget), the whole
// dataset's estimate does not fit.
test('a dataset over the memory budget is offered as a subset', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('moltscope-memory-budget-mb', '12'));
  await page.goto('./?view=overview');
  const offer = page.getByTestId('memory-budget');
  await expect(offer).toContainText('may not fit');
  await offer.getByRole('button', { name: /1 post in 10/ }).click();
  await waitForDataset(page);
  await expect(page.getByTestId('notices')).toContainText('Loaded a subset to fit in memory: 1 post in 10');
  const posts = Number((await page.getByTestId('total-posts').textContent())!.replace(/,/g, ''));
  // The default society has 20,000 posts: a 1-in-10 hash sample is about 2,000.
  expect(posts).toBeGreaterThan(1500);
  expect(posts).toBeLessThan(2500);
});

test('a subset without texts still counts everything', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('moltscope-memory-budget-mb', '12'));
  await page.goto('./?view=overview');
  await page.getByTestId('memory-budget').getByRole('button', { name: 'Without texts' }).click();
  await waitForDataset(page);
  await expect(page.getByTestId('notices')).toContainText('without titles and contents');
  await expect(page.getByTestId('total-posts')).toHaveText('20,000');
});

test('when the engine worker fails it is restarted and the view restored from the link', async ({ page }) => {
  await page.goto('./?view=overview&from=2026-02-04&to=2026-02-05');
  await waitForDataset(page);
  const before = await page.getByTestId('total-posts').textContent();
  const engine = page.workers().find((w) => w.url().includes('engine'));
  expect(engine, 'the engine worker').toBeTruthy();
  // An uncaught error in the worker: the page must notice, start a new engine and reload the data.
  await engine!.evaluate(() =>
    setTimeout(() => {
      throw new Error('simulated engine failure');
    }),
  );
  await expect(page.getByTestId('notices')).toContainText('The data engine stopped');
  await expect(page.getByTestId('total-posts')).toHaveText(before!);
});
