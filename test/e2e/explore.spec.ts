import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { test, expect, DATA_ORIGIN } from './fixtures';
import type { Page } from '@playwright/test';

const TINY = `data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`;

async function openExplore(page: Page, extra = ''): Promise<void> {
  await page.goto(`./?view=explore&${TINY}${extra}`);
  await expect(page.getByTestId('sql-console')).toBeVisible({ timeout: 45_000 });
}

async function runSql(page: Page, sql: string): Promise<void> {
  await page.getByTestId('sql-input').fill(sql);
  await page.getByTestId('sql-run').click();
}

test('the SQL console runs a query and shows the grid', async ({ page }) => {
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

test('a link with a query reopens with its result', async ({ page }) => {
  await openExplore(page, `&ex_q=${encodeURIComponent('SELECT count(*) AS n FROM posts')}`);
  await expect(page.getByTestId('sql-status')).toContainText('1 row');
  await expect(page.getByTestId('result-grid')).toContainText('6');
});

test('write statements are refused and change nothing', async ({ page }) => {
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

test('a syntax error is shown inline', async ({ page }) => {
  await openExplore(page);
  await runSql(page, 'SELECT FROM WHERE posts');
  const err = page.getByTestId('sql-error');
  await expect(err).toHaveAttribute('data-kind', 'engine');
  await expect(err).toContainText(/syntax error/i);
});

test('CSV and Parquet exports read back the same rows', async ({ page }) => {
  await openExplore(page);
  await runSql(page, 'SELECT id, post_id, depth, content FROM comments ORDER BY id');
  await expect(page.getByTestId('sql-status')).toContainText('9 rows');

  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csvPath = test.info().outputPath('query.csv');
  await (await csvDownload).saveAs(csvPath);
  const lines = readFileSync(csvPath, 'utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('id,post_id,depth,content');
  expect(lines).toHaveLength(10);
  expect(lines[1]).toBe('c1,p1,0,nice');

  const pqDownload = page.waitForEvent('download');
  await page.getByTestId('export-parquet').click();
  const pqPath = test.info().outputPath('query.parquet');
  await (await pqDownload).saveAs(pqPath);
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const reader = await db.runAndReadAll(
    `SELECT id, post_id, depth::INTEGER AS depth, content FROM read_parquet('${pqPath.replaceAll("'", "''")}') ORDER BY id`,
  );
  const rows = reader.getRowObjectsJS();
  expect(rows).toHaveLength(9);
  expect(rows[0]).toEqual({ id: 'c1', post_id: 'p1', depth: 0, content: 'nice' });
  expect(rows[8].id).toBe('c9');
});

test('the thread reader shows comment depth', async ({ page }) => {
  await openExplore(page, '&ex_thread=p1');
  const thread = page.getByTestId('thread-reader');
  await expect(page.getByTestId('thread-title')).toHaveText('Hello agents');
  // Post content with markup is shown as text, never as HTML.
  await expect(thread).toContainText('First post <b>bold</b>');
  await expect(thread.getByTestId('comment-depth')).toHaveText(['depth 1', 'depth 2', 'depth 1']);
  await expect(thread).toContainText('deepest at depth 2');
});

test('a search result opens the thread reader', async ({ page }) => {
  await openExplore(page);
  await page.getByTestId('search-input').fill('memory');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('search-status')).toContainText('1 post contain');
  await page.getByRole('button', { name: 'On memory' }).click();
  await expect(page.getByTestId('thread-title')).toHaveText('On memory');
  expect(new URL(page.url()).searchParams.get('ex_thread')).toBe('p2');
});

test('search terms with LIKE wildcards are taken literally', async ({ page }) => {
  await openExplore(page, `&ex_search=${encodeURIComponent("%_'")}`);
  await expect(page.getByTestId('search-status')).toContainText('0 posts contain');
});
