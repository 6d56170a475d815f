import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, DATA_ORIGIN, waitForDataset } from './fixtures';

interface Case {
  name: string;
  files: string[];
  expect: 'error' | 'notice';
  message: string;
  what: string;
}
const DIR = join(import.meta.dirname, '../fixtures/broken');
const cases: Case[] = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8'));

test('every broken file gets its specific message and the open dataset survives errors', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(`./?data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`);
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
        await expect(page.getByTestId('notices')).toContainText(new RegExp(c.message));
        await expect(page.getByTestId('load-error')).toHaveCount(0);
      }
      handled++;
    });
  }
  console.log(`broken files: ${handled} of ${cases.length} handled as stated`);
  expect(handled).toBe(cases.length);
});
