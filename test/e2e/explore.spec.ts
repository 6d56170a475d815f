import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { test, expect, DATA_ORIGIN, visit } from './fixtures';
import type { Page } from '@playwright/test';

const TINY = `data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`;

async function openExplore(page: Page, extra = ''): Promise<void> {
  await visit(page, `./?view=explore&${TINY}${extra}`);
  await expect(page.getByTestId('sql-console')).toBeVisible({ timeout: 45_000 });
}

async function runSql(page: Page, sql: string): Promise<void> {
  await page.getByTestId('sql-input').fill(sql);
  await page.getByTestId('sql-run').click();
}

test('the SQL console runs a query and shows the grid', async ({ app: page }) => {
  await openExplore(page);
  await runSql(page, 'SELECT id, author_name, depth FROM comments ORDER BY id');
  await expect(page.getByTestId('sql-status')).toContainText('9 rows');
  const grid = page.getByTestId('result-grid');
  await expect(grid.getByRole('row')).toHaveCount(10);
  await expect(grid.getByRole('row').nth(1)).toContainText('c1');
  expect(new URL(page.url()).searchParams.get('ex_q')).toBe(
    'SELECT id, author_name, depth FROM comments ORDER BY id',
  );
});

test('a link with a query shows it, and runs it only when the reader presses Run', async ({ app: page }) => {
  await openExplore(page, `&ex_q=${encodeURIComponent('SELECT count(*) AS n FROM posts')}`);
  await expect(page.getByTestId('sql-input')).toHaveValue('SELECT count(*) AS n FROM posts');
  await expect(page.getByTestId('sql-from-link')).toHaveText(
    'This query came with the link. Read it, then press Run.',
  );
  await expect(page.getByTestId('result-grid')).toHaveCount(0);
  await page.getByTestId('sql-run').click();
  await expect(page.getByTestId('sql-status')).toContainText('1 row');
  await expect(page.getByTestId('result-grid')).toContainText('6');
  await expect(page.getByTestId('sql-from-link')).toHaveCount(0);
});

test('write statements are refused and change nothing', async ({ app: page }) => {
  await openExplore(page);
  for (const sql of [
    'DELETE FROM posts',
    "COPY posts TO 'out.csv'",
    'SELECT 1; DROP TABLE posts',
    "ATTACH 'x.db'",
    'INSTALL httpfs',
    'SET threads = 1',
    "SELECT * FROM read_csv('http://example.com/x.csv')",
    "SELECT * FROM 'http://example.com/x.parquet'",
  ]) {
    await runSql(page, sql);
    await expect(page.getByTestId('sql-error')).toHaveAttribute('data-kind', 'refused');
  }
  await runSql(page, 'SELECT count(*) AS n FROM posts');
  await expect(page.getByTestId('result-grid')).toContainText('6');
});

test('a syntax error is shown inline', async ({ app: page }) => {
  await openExplore(page);
  await runSql(page, 'SELECT FROM WHERE posts');
  const err = page.getByTestId('sql-error');
  await expect(err).toHaveAttribute('data-kind', 'engine');
  await expect(err).toContainText(/syntax error/i);
});

test('CSV and Parquet exports read back the same rows', async ({ app: page }) => {
  await openExplore(page);
  await runSql(page, 'SELECT id, post_id, depth, content FROM comments ORDER BY id');
  await expect(page.getByTestId('sql-status')).toContainText('9 rows');

  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csvPath = test.info().outputPath('query.csv');
  const csvFile = await csvDownload;
  await csvFile.saveAs(csvPath);
  // The file says what it holds; its # lines say where it comes from; then the table.
  expect(csvFile.suggestedFilename()).toBe(
    'moltscope_tiny-hand-made-fixture_synthetic_query_2026-01-28_2026-01-30.csv',
  );
  const all = readFileSync(csvPath, 'utf8').trimEnd().split('\r\n');
  const provenance = all.filter((l) => l.startsWith('#'));
  expect(all.slice(0, provenance.length)).toEqual(provenance);
  expect(provenance).toContain('# Dataset: Tiny hand-made fixture');
  expect(provenance.join('\n')).toMatch(/^# SYNTHETIC DATA \(scenario fixture; seed 0\)/m);
  expect(provenance).toContain('# Filter: days 2026-01-28 to 2026-01-30 UTC (whole dataset); submolts: all');
  expect(provenance.join('\n')).toMatch(/^# Code: Moltscope \d+\.\d+\.\d+/m);
  expect(provenance).toContain('# Query: SELECT id; post_id; depth; content FROM comments ORDER BY id');
  const lines = all.slice(provenance.length);
  expect(lines[0]).toBe('id,post_id,depth,content');
  expect(lines).toHaveLength(10);
  expect(lines[1]).toBe('c1,p1,0,nice');

  const pqDownload = page.waitForEvent('download');
  await page.getByTestId('export-parquet').click();
  const pqPath = test.info().outputPath('query.parquet');
  const pqFile = await pqDownload;
  expect(pqFile.suggestedFilename()).toBe(
    'moltscope_tiny-hand-made-fixture_synthetic_query_2026-01-28_2026-01-30.parquet',
  );
  await pqFile.saveAs(pqPath);
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const reader = await db.runAndReadAll(
    `SELECT id, post_id, depth::INTEGER AS depth, content FROM read_parquet('${pqPath.replaceAll("'", "''")}') ORDER BY id`,
  );
  const rows = reader.getRowObjectsJS();
  expect(rows).toHaveLength(9);
  expect(rows[0]).toEqual({ id: 'c1', post_id: 'p1', depth: 0, content: 'nice' });
  expect(rows[8].id).toBe('c9');
});

test('the thread reader shows comment depth', async ({ app: page }) => {
  await openExplore(page, '&ex_thread=p1');
  const thread = page.getByTestId('thread-reader');
  await expect(page.getByTestId('thread-title')).toHaveText('Hello agents');
  // Post content with markup is shown as text, never as HTML.
  await expect(thread).toContainText('First post <b>bold</b>');
  await expect(thread.getByTestId('comment-depth')).toHaveText(['depth 1', 'depth 2', 'depth 1']);
  await expect(thread).toContainText('deepest at depth 2');
});

test('a search result opens the thread reader', async ({ app: page }) => {
  await openExplore(page);
  await page.getByTestId('search-input').fill('memory');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('search-status')).toContainText('1 post contain');
  await page.getByRole('button', { name: 'On memory' }).click();
  await expect(page.getByTestId('thread-title')).toHaveText('On memory');
  expect(new URL(page.url()).searchParams.get('ex_thread')).toBe('p2');
});

test('search terms with LIKE wildcards are taken literally', async ({ app: page }) => {
  await openExplore(page, `&ex_search=${encodeURIComponent("%_'")}`);
  await expect(page.getByTestId('search-status')).toContainText('0 posts contain');
});

test('filtered tables follow the active filter, and the console says which tables a query named', async ({
  app: page,
}) => {
  // Jan 29–30 in m/general: posts p4 and p5; comments c7, c8 (on p4) and c9 (on p5).
  await openExplore(page, '&from=2026-01-29&to=2026-01-30&submolt=general');
  await expect(page.getByTestId('sql-filter-note')).toContainText('2026-01-29 to 2026-01-30 UTC, m/general');
  await runSql(
    page,
    'SELECT (SELECT count(*) FROM posts) AS posts, (SELECT count(*) FROM posts_filtered) AS pf, (SELECT count(*) FROM comments_filtered) AS cf',
  );
  const grid = page.getByTestId('result-grid');
  await expect(grid.getByRole('row').nth(1)).toHaveText(/^\s*1\s*6\s*2\s*3\s*$/);
  // count(*) is DuckDB's BIGINT, not the Float64 the engine carries it as.
  await expect(grid.getByTestId('column-type')).toHaveText(['BIGINT', 'BIGINT', 'BIGINT']);
  const used = page.getByTestId('sql-tables-used');
  await expect(used).toContainText('posts (all days, all submolts)');
  await expect(used).toContainText('posts_filtered (2026-01-29 to 2026-01-30 UTC, m/general)');
  await expect(used).toContainText('comments_filtered (2026-01-29 to 2026-01-30 UTC, m/general)');

  // The CSV names the filter its filtered tables followed, in its header and its file name.
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toBe(
    'moltscope_tiny-hand-made-fixture_synthetic_query_m-general_2026-01-29_2026-01-30.csv',
  );
  const csvPath = test.info().outputPath('filtered.csv');
  await csvFile.saveAs(csvPath);
  const text = readFileSync(csvPath, 'utf8');
  expect(text).toContain('# Filter: days 2026-01-29 to 2026-01-30 UTC; submolts: general\r\n');
  expect(text.endsWith('posts,pf,cf\r\n6,2,3\r\n')).toBe(true);

  // Another filter: the views follow it on the next run (and say so before it).
  await openExplore(page, '&submolt=crypto');
  await runSql(page, 'SELECT count(*) AS pf FROM posts_filtered');
  await expect(page.getByTestId('result-grid').getByRole('row').nth(1)).toHaveText(/^\s*1\s*2\s*$/);
  await expect(page.getByTestId('sql-tables-used')).toContainText('posts_filtered (m/crypto)');

  // The help lists them.
  await page.getByText('Tables and columns').click();
  await expect(page.getByTestId('sql-filtered-help')).toContainText('posts_filtered');
});

test('a big result is cut at 100,000 rows while its Parquet export streams every row', async ({
  app: page,
}) => {
  await openExplore(page);
  // 9^6 = 531,441 rows from the tiny fixture's 9 comments.
  await runSql(
    page,
    'SELECT a.id AS a, b.id AS b, c.id AS c, d.id AS d, e.id AS e, f.id AS f FROM comments a, comments b, comments c, comments d, comments e, comments f',
  );
  const status = page.getByTestId('sql-status');
  await expect(status).toContainText('100,000 rows (cut at 100,000: reading stopped there', {
    timeout: 60_000,
  });
  const pqDownload = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId('export-parquet').click();
  const pqPath = test.info().outputPath('big.parquet');
  await (await pqDownload).saveAs(pqPath);
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const path = pqPath.replaceAll("'", "''");
  const rows = (
    await db.runAndReadAll(
      `SELECT count(*)::INTEGER AS n, count(DISTINCT (a, b, c, d, e, f))::INTEGER AS distinct_rows FROM read_parquet('${path}')`,
    )
  ).getRowObjectsJS();
  expect(rows[0]).toEqual({ n: 531_441, distinct_rows: 531_441 });
  // Written in several row groups, not one held whole.
  const groups = (
    await db.runAndReadAll(
      `SELECT count(DISTINCT row_group_id)::INTEGER AS g FROM parquet_metadata('${path}')`,
    )
  ).getRowObjectsJS();
  expect(groups[0]!.g).toBeGreaterThan(1);
});

test.describe('a 5,000-comment thread (virtualised reader)', () => {
  const LONG = join(import.meta.dirname, '../fixtures/long-thread');

  test('draws a window of rows, scrolls to the last comment and keeps keyboard steps', async ({ page }) => {
    await page.goto('./?view=explore');
    await expect(page.getByTestId('sql-console')).toBeVisible({ timeout: 45_000 });
    const generation = await page.locator('main').getAttribute('data-generation');
    await page
      .getByTestId('file-input')
      .setInputFiles(['posts', 'comments'].map((t) => join(LONG, `${t}.parquet`)));
    await expect(page.locator('main')).not.toHaveAttribute('data-generation', generation!, {
      timeout: 45_000,
    });
    await page.getByTestId('search-input').fill('very long');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'A very long thread' }).click();
    const thread = page.getByTestId('thread-reader');
    await expect(thread).toContainText('5,000 comments, deepest at depth 5');
    const rows = thread.getByTestId('thread-comment');
    await expect(rows.first()).toContainText('comment 0');
    // Only the rows in view and a margin are in the DOM, each saying where it sits in the 5,000.
    expect(await rows.count()).toBeLessThan(100);
    await expect(thread.locator('[role=treeitem][aria-posinset="1"]')).toHaveAttribute(
      'aria-setsize',
      '5000',
    );
    // Scrolling the list to its end reaches the last comment (heights settle as rows are measured).
    const scroller = thread.getByTestId('thread-comments');
    await expect
      .poll(async () => {
        await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
        return thread.locator('[role=treeitem][aria-posinset="5000"]').count();
      })
      .toBe(1);
    await expect(thread.locator('[role=treeitem][aria-posinset="5000"]')).toContainText('comment 4999');
    await expect(
      thread.locator('[role=treeitem][aria-posinset="5000"]').getByTestId('comment-depth'),
    ).toHaveText('depth 5');
    expect(await rows.count()).toBeLessThan(100);
    // Keyboard: Home goes back to the first comment, ↓ steps to the next one and focuses it.
    await thread.getByRole('tree').focus();
    await page.keyboard.press('Home');
    await expect(thread.locator('[role=treeitem][aria-posinset="1"]')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(thread.locator('[role=treeitem][aria-posinset="2"]')).toBeFocused();
    await expect(thread.locator('[role=treeitem][aria-posinset="2"]')).toContainText('comment 1');
    await page.keyboard.press('End');
    await expect(thread.locator('[role=treeitem][aria-posinset="5000"]')).toBeFocused();
  });
});
