import { test, expect, visit } from './fixtures';

// The default dataset (first in public/data/index.json) is a synthetic society with embeddings.
test.describe('convergence view', () => {
  test.setTimeout(180_000);

  test('renders the similarity heatmap, the macro/micro curves and lexical turnover', async ({
    app: page,
  }) => {
    await visit(page, './?view=convergence');
    // (The dataset card is the Overview's: here the view's own ready state is what to wait for.)
    await expect(page.getByTestId('convergence')).toHaveAttribute('data-state', 'ready', {
      timeout: 120_000,
    });
    const heatmap = page.getByTestId('cv-heatmap');
    await expect(heatmap.locator('svg rect').first()).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('cv-curves').locator('svg path').first()).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('cv-turnover').locator('svg path').first()).toBeVisible({
      timeout: 120_000,
    });
    // The method panel states the definition and the source paper.
    await page.getByTestId('cv-curves').getByRole('button', { name: 'Method' }).click();
    await expect(page.getByTestId('cv-curves')).toContainText('arXiv 2602.14299');
    // Turnover by day reads the snapshot's n-gram index; by hour (which the index does not cover)
    // it tokenises the texts, and says which it did.
    const turnover = page.getByTestId('cv-turnover');
    await turnover.getByRole('button', { name: 'Method' }).click();
    await expect(turnover.getByTestId('turnover-source')).toContainText("snapshot's n-gram index");
    await page.getByRole('button', { name: 'hour', exact: true }).click();
    await expect(turnover.getByTestId('turnover-source')).toContainText('tokenising every selected text', {
      timeout: 120_000,
    });
  });

  test('permalink round trip: parameters and the reader survive a reload', async ({ app: page }) => {
    await visit(page, './?view=convergence');
    await expect(page.getByTestId('cv-heatmap')).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Comments', exact: true }).click();
    await page.getByRole('button', { name: 'week', exact: true }).click();
    await page.getByTestId('cv-curves').getByRole('button', { name: 'Method' }).click();
    const k = page.getByTestId('cv-curves').getByRole('spinbutton', { name: /K neighbours/ });
    await k.fill('5');
    await k.press('Enter');
    await expect(page).toHaveURL(/cv_kind=comments/);
    await expect(page).toHaveURL(/cv_unit=week/);
    await expect(page).toHaveURL(/cv_k=5/);
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByRole('button', { name: 'Comments', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('button', { name: 'week', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByTestId('cv-curves').getByRole('button', { name: 'Method' }).click();
    await expect(page.getByTestId('cv-curves').getByRole('spinbutton', { name: /K neighbours/ })).toHaveValue(
      '5',
    );
  });

  test('clicking a heatmap day opens the reader, and a post opens its comment tree', async ({
    app: page,
  }) => {
    await visit(page, './?view=convergence&cv_b=0');
    const cell = page.getByTestId('cv-heatmap').locator('svg [role="button"][tabindex="0"]').first();
    await expect(cell).toBeVisible({ timeout: 120_000 });
    await cell.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const reader = page.getByTestId('reader');
    await expect(reader).toBeVisible();
    await expect(page).toHaveURL(/cv_day=\d{4}-\d{2}-\d{2}/);
    const first = reader.getByTestId('reader-posts').getByRole('button').first();
    await expect(first).toBeVisible({ timeout: 30_000 });
    await first.click();
    await expect(page).toHaveURL(/cv_post=/);
    await expect(reader.getByTestId('reader-thread')).toContainText('comments');
    // Agent text is inert: the reader never renders links or markup from the data.
    await expect(reader.locator('.agent-text a')).toHaveCount(0);
    const url = page.url();
    await page.reload();
    await expect(page.getByTestId('reader-thread')).toBeVisible({ timeout: 60_000 });
    expect(page.url()).toBe(url);
  });
});
