import { test, expect, DATA_ORIGIN, UNSIZED, visit, waitForDataset } from './fixtures';

test('opens a snapshot by URL and shows its totals', async ({ page, requests }) => {
  await page.goto(`./?view=overview&data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`);
  await waitForDataset(page);
  await expect(page.getByTestId('total-posts')).toHaveText('6');
  await expect(page.getByTestId('total-comments')).toHaveText('9');
  // Small files whose size the server states are downloaded whole, at once, without range reads.
  const posts = requests.all.filter((u) => u === `${DATA_ORIGIN}/tiny/posts.parquet`);
  expect(posts.length).toBeGreaterThan(0);
  expect(requests.ranged.filter((u) => u.startsWith(`${DATA_ORIGIN}/tiny/`))).toEqual([]);
});

test('reads by range requests a file whose size it cannot know first', async ({ page, requests }) => {
  await page.goto(`./?view=overview&data=${encodeURIComponent(`${DATA_ORIGIN}${UNSIZED}/tiny/`)}`);
  await waitForDataset(page);
  await expect(page.getByTestId('total-posts')).toHaveText('6');
  await expect(page.getByTestId('total-comments')).toHaveText('9');
  // Footer, then row groups: the file is not downloaded whole.
  expect(requests.ranged.some((u) => u.endsWith(`${UNSIZED}/tiny/posts.parquet`))).toBe(true);
});

test.describe('rough edges a newcomer hit (overview)', () => {
  test('first load names the dataset it loads and never claims the cache', async ({ page }) => {
    const said: string[] = [];
    await page.exposeFunction('reportLoadText', (t: string) => void said.push(t));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid=load-progress]');
        if (el)
          (window as unknown as { reportLoadText(t: string): void }).reportLoadText(el.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto('./?view=overview');
    // While the default loads, the picker says which dataset, not "Choose a dataset".
    await expect(page.getByTestId('picker-loading')).toHaveText(/^Loading Synthetic — inert \(small\)…$/);
    await waitForDataset(page);
    await expect(page.getByTestId('picker-loading')).toHaveCount(0);
    expect(said.length).toBeGreaterThan(0);
    // A fresh profile has nothing cached: the lookup may be said, a load "from" the cache may not.
    expect(said.filter((t) => t.includes("from this browser's cache"))).toEqual([]);
  });

  test('comments per post labels its overflow bin in the chart and the CSV', async ({ app: page }) => {
    await visit(page, './?view=overview');
    await waitForDataset(page);
    const card = page.getByTestId('comments-per-post');
    await expect(card.locator('svg')).toContainText('24+ comments');
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'CSV' }).click();
    const path = test.info().outputPath('cpp.csv');
    await (await download).saveAs(path);
    const lines = (await import('node:fs')).readFileSync(path, 'utf8').trimEnd().split('\r\n');
    const data = lines.filter((l) => !l.startsWith('#'));
    expect(data[0]).toBe('comments,posts');
    expect(data.at(-1)).toMatch(/^24\+,\d+$/);
    // Every other bin is one count, 0..23.
    expect(data.slice(1, -1).map((l) => Number(l.split(',')[0]))).toEqual(
      Array.from({ length: data.length - 2 }, (_, i) => i),
    );
  });

  test('a chart with no data says so instead of drawing empty axes', async ({ app: page }) => {
    await visit(page, './?view=overview&submolt=no-such-submolt');
    await waitForDataset(page);
    await expect(page.getByTestId('total-posts')).toHaveText('0');
    const card = page.getByTestId('comments-per-post');
    await expect(card.getByTestId('chart-no-data')).toHaveText('No data to draw for this selection.');
    await expect(card.locator('svg')).toHaveCount(0);
  });

  test('the card and the totals say which agent and submolt counts they are', async ({ app: page }) => {
    await visit(page, `./?view=overview&data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`);
    await waitForDataset(page);
    await expect(page.getByTestId('total-active-agents')).toHaveText('3');
    await expect(page.getByText('Agents who posted or commented')).toBeVisible();
    await expect(page.getByText('Submolts with posts')).toBeVisible();
  });

  test('load notices fold into one line once read, and open again on demand', async ({ page }) => {
    await page.goto('./?view=overview&ds=real-sample');
    await waitForDataset(page);
    const notices = page.getByTestId('load-notices');
    await expect(notices).toHaveJSProperty('open', true);
    await expect(notices.locator('li').first()).toBeVisible();
    await expect(notices.locator('summary')).toHaveText(/^\d+ load notices? for “Real Moltbook sample/);
    // Moving to another view counts as having read them: one summary line stays.
    await page.getByRole('button', { name: 'Methods', exact: true }).click();
    await expect(notices).toHaveJSProperty('open', false);
    await expect(notices.locator('li').first()).toBeHidden();
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await expect(notices).toHaveJSProperty('open', false);
    await notices.locator('summary').click();
    await expect(notices.locator('li').first()).toBeVisible();
  });
});
