import { test, expect, DATA_ORIGIN, waitForDataset } from './fixtures';

test('opens a snapshot by URL and shows its totals', async ({ page, requests }) => {
  await page.goto(`./?data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`);
  await waitForDataset(page);
  await expect(page.getByTestId('total-posts')).toHaveText('6');
  await expect(page.getByTestId('total-comments')).toHaveText('9');
  expect(requests.all.some((u) => u.startsWith(DATA_ORIGIN))).toBe(true);
  // Parquet by URL is read with range requests (footer, then row groups), not downloaded whole.
  expect(requests.ranged.some((u) => u.endsWith('/tiny/posts.parquet'))).toBe(true);
});
