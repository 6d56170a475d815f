import { test, expect } from './fixtures';

// Compare mode: a second engine loads a bundled snapshot and the same charts are drawn for both.
test.describe('convergence compare mode', () => {
  test.setTimeout(180_000);

  test('real data beside the synthetic socializing society: labelled sides, layout, permalink', async ({
    page,
  }) => {
    // The real sample is Jan 28–31 2026; its days 2–3 are selected.
    await page.goto('./?view=convergence&ds=real-sample&cv_b=0&from=2026-01-29&to=2026-01-30');
    await page
      .getByTestId('cv-compare')
      .getByRole('button', { name: /socializing \(small\)/ })
      .click({ timeout: 60_000 });
    await expect(page).toHaveURL(/cv_compare=synthetic-socializing-small/);

    const left = page.getByTestId('cv-column-primary');
    const right = page.getByTestId('cv-column-compare');
    // A journalist must never mistake which side is real: each side names its data and says so.
    await expect(left.getByTestId('cv-column-heading')).toContainText('Real Moltbook sample');
    await expect(left.getByTestId('cv-real-badge')).toHaveText('REAL DATA');
    await expect(left.getByTestId('cv-synthetic-badge')).toHaveCount(0);
    await expect(right.getByTestId('cv-column-heading')).toContainText('socializing, small', {
      timeout: 60_000,
    });
    await expect(right.getByTestId('cv-synthetic-badge')).toContainText('SYNTHETIC');
    await expect(right.getByTestId('cv-real-badge')).toHaveCount(0);
    // The date selection is carried over by day offset, and the page says so.
    await expect(right.getByTestId('cv-compare-dates')).toContainText('days 2–3', { timeout: 60_000 });
    await expect(right.getByTestId('cv-compare-dates')).toContainText('2026-01-28 to 2026-01-29');

    // Both sides fully drawn, each from its own dataset (the captions carry provenance).
    await expect(page.getByTestId('convergence')).toHaveAttribute('data-state', 'ready', {
      timeout: 120_000,
    });
    // The real side's Jan 29 holds 15 posts, under the minimum of 100: its points are hollow and the
    // chart says why; the synthetic side's days hold over a thousand each.
    await expect(left.getByTestId('cv-thin-note')).toContainText('fewer than 100 items');
    await expect(left.getByTestId('cv-curves').locator('circle.ms-thin[data-thin="pairwise"]')).toHaveCount(
      1,
    );
    await expect(left.getByTestId('cv-curves').locator('circle.ms-thin[data-thin="centroid"]')).toHaveCount(
      1,
    );
    await expect(right.getByTestId('cv-thin-note')).toHaveCount(0);
    await expect(right.getByTestId('cv-curves').locator('circle.ms-thin[data-thin]')).toHaveCount(0);
    // The same day is faded in the matrix and hollow in the turnover curves, each chart saying why.
    await expect(left.getByTestId('cv-heatmap-thin-note')).toBeVisible();
    expect(await left.getByTestId('cv-heatmap').locator('rect.ms-thin-cell').count()).toBeGreaterThan(0);
    await expect(left.getByTestId('cv-turnover-thin-note')).toBeVisible();
    expect(await left.getByTestId('cv-turnover').locator('circle.ms-thin').count()).toBeGreaterThan(0);
    await expect(right.getByTestId('cv-heatmap').locator('rect.ms-thin-cell')).toHaveCount(0);
    await expect(right.getByTestId('cv-turnover').locator('circle.ms-thin')).toHaveCount(0);
    for (const side of [left, right]) {
      await expect(side.getByTestId('cv-heatmap').locator('svg rect').first()).toBeVisible();
      await expect(side.getByTestId('cv-curves').locator('svg path').first()).toBeVisible();
      await expect(side.getByTestId('cv-turnover').locator('svg path').first()).toBeVisible();
    }
    await expect(left.getByTestId('cv-curves')).not.toContainText('SYNTHETIC');
    await expect(right.getByTestId('cv-curves')).toContainText('SYNTHETIC (socializing');
    // Two heatmaps of different sizes: 2 days on the left, the same 2 days on the right.
    const cells = async (side: typeof left) =>
      side.getByTestId('cv-heatmap').locator('svg [role="button"]').count();
    expect(await cells(left)).toBe(4);
    expect(await cells(right)).toBe(4);
    // Shared scales: the same colour ramp and the same y ticks on both sides (here the real sample's
    // centroid similarities reach down to ~0.81, the synthetic one's only to ~0.98), so equal colours
    // and heights mean equal values.
    const numbers = async (side: typeof left, chart: string) =>
      (await side.getByTestId(chart).locator('svg text').allTextContents()).filter((t) =>
        /^\d\.\d{4}$/.test(t),
      );
    const ramp = await numbers(left, 'cv-heatmap');
    expect(ramp.length).toBeGreaterThanOrEqual(2);
    expect(await numbers(right, 'cv-heatmap')).toEqual(ramp);
    const ticks = await numbers(left, 'cv-curves');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(await numbers(right, 'cv-curves')).toEqual(ticks);

    // Side by side at desktop width…
    const a = (await left.boundingBox())!;
    const b = (await right.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
    expect(Math.abs(b.y - a.y)).toBeLessThan(5);
    // …stacked on a narrow screen.
    await page.setViewportSize({ width: 800, height: 900 });
    await expect
      .poll(async () => (await right.boundingBox())!.y)
      .toBeGreaterThanOrEqual((await left.boundingBox())!.y + (await left.boundingBox())!.height);
    // …and readable on a phone: nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 800 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(390);
    await expect(right.getByTestId('cv-synthetic-badge')).toBeVisible();

    // Permalink round trip: the comparison comes back on reload.
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByTestId('cv-column-compare').getByTestId('cv-synthetic-badge')).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByTestId('convergence')).toHaveAttribute('data-state', 'ready', {
      timeout: 120_000,
    });

    // Closing the comparison goes back to one dataset and drops the parameter.
    await page.getByRole('button', { name: 'Close comparison' }).click();
    await expect(page.getByTestId('cv-column-compare')).toHaveCount(0);
    expect(page.url()).not.toContain('cv_compare');
  });
});
