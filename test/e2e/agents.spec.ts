import { readFileSync } from 'node:fs';
import { test, expect, visit } from './fixtures';

test.describe('agents view', () => {
  test.setTimeout(180_000);

  test('table, population charts, search → agent page with trajectory', async ({ app: page }) => {
    await visit(page, './?view=agents');
    const table = page.getByTestId('agent-table');
    await expect(table.locator('tbody tr').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('ag-drift-scatter').locator('svg')).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('ag-pull').locator('svg')).toBeVisible({ timeout: 120_000 });
    // Interaction influence per agent: its histogram against the null, and a sortable column whose
    // best agent has a value (agents without a qualifying comment show "—" and sort last).
    await expect(page.getByTestId('ag-influence-hist').locator('svg')).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('ag-influence-hist')).toContainText('null: random same-day post');
    // Its CSV names each agent, not only by the engine's index.
    const download = page.waitForEvent('download');
    await page.getByTestId('ag-influence-hist').getByRole('button', { name: 'CSV' }).click();
    const csvPath = test.info().outputPath('influence.csv');
    await (await download).saveAs(csvPath);
    // Below its provenance lines (# …), the table.
    const lines = readFileSync(csvPath, 'utf8')
      .trimEnd()
      .split('\r\n')
      .filter((l) => !l.startsWith('#'));
    expect(lines[0]).toBe('agent,agent_index,events,influence,null_influence');
    const firstAgent = lines[1].split(',')[0];
    expect(firstAgent.length).toBeGreaterThan(0);
    await table.getByRole('button', { name: /^Interaction influence/ }).click();
    await expect(page).toHaveURL(/ag_sort=influence/);
    await expect(table.locator('tbody tr').first().locator('td').last()).toHaveText(/^-?\d\.\d{4}$/);
    await expect(table.locator('tbody tr').first().locator('td').last()).toHaveAttribute(
      'title',
      /mean over \d+ comment events/,
    );
    await table.getByRole('button', { name: /^Posts/ }).click();
    await expect(page).not.toHaveURL(/ag_sort=/);
    // The busiest agent (default sort: posts, descending), searched by name.
    const name = (await table.locator('tbody tr').first().locator('td').first().innerText()).trim();
    await page.getByTestId('agent-search').fill(name);
    await expect(page).toHaveURL(/ag_q=/);
    await table.getByRole('button', { name, exact: true }).first().click();
    await expect(page).toHaveURL(/ag_agent=/);
    const agentPage = page.getByTestId('agent-page');
    await expect(agentPage).toContainText(name);
    const traj = page.getByTestId('ag-trajectory');
    await expect(traj.locator('svg .ms-trajectory line').first()).toBeVisible({ timeout: 120_000 });
    await expect(traj.getByRole('button', { name: 'Play' })).toBeEnabled();
    await expect(page.getByTestId('ag-partners').locator('tbody tr').first()).toBeVisible();
    // Every stat carries its explanation.
    await expect(page.getByTestId('ag-stat-drift')).toHaveAttribute('title', /1 − cos/);
  });

  test('permalink round trip: sort, page and selected agent survive a reload', async ({ app: page }) => {
    await visit(page, './?view=agents');
    const table = page.getByTestId('agent-table');
    await expect(table.locator('tbody tr').first()).toBeVisible({ timeout: 60_000 });
    await table.getByRole('button', { name: /^Comments/ }).click();
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page).toHaveURL(/ag_sort=comments/);
    await expect(page).toHaveURL(/ag_page=1/);
    const name = (await table.locator('tbody tr').first().locator('td').first().innerText()).trim();
    await table.locator('tbody tr').first().getByRole('button').click();
    await expect(page.getByTestId('agent-page')).toContainText(name);
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByTestId('agent-page')).toContainText(name, { timeout: 60_000 });
    await expect(page.getByText(/Page 2 of/)).toBeVisible();
  });
});

test.describe('agents view on a phone (390 px)', () => {
  test.setTimeout(180_000);

  test('the influence table shows every interval whole; the PageRank axis is not −1…1', async ({
    app: page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await visit(page, './?view=agents');
    const card = page.getByTestId('ag-influence');
    const table = card.getByTestId('influence-table');
    await expect(table).toBeVisible({ timeout: 120_000 });
    const interval = /^\[-?\d\.\d{5}, -?\d\.\d{5}\]$/;
    for (const part of ['Observed', 'Null', 'Difference']) {
      const row = table
        .locator('tr', { has: page.getByRole('rowheader', { name: part, exact: true }) })
        .first();
      await expect(row.locator('td').last()).toHaveText(interval);
    }
    // Nothing is cut off: the table fits its card (it used to scroll, hiding "0.02812 [0.02017, (").
    const fits = await card.evaluate((el) => {
      const t = el.querySelector('table')!;
      return t.getBoundingClientRect().right <= el.getBoundingClientRect().right + 0.5;
    });
    expect(fits).toBe(true);
    // An agent page's PageRank chart: PageRank is ≥ 0, so no negative tick. (Opened from the table:
    // the same page a link opens, which the permalink test covers, without a second load.)
    const first = page.getByTestId('agent-table').locator('tbody tr').first().locator('td').first();
    const name = (await first.innerText()).trim();
    await first.getByRole('button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ag_agent')).toBe(name);
    const ticks = page.getByTestId('ag-pagerank').locator('svg .ms-axis-y .tick text');
    await expect(ticks.first()).toBeVisible({ timeout: 120_000 });
    const values = (await ticks.allTextContents()).map(Number);
    expect(values.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
  });
});
