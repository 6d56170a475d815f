import type { Page } from '@playwright/test';
import { test, expect, DATA_ORIGIN, waitForDataset } from './fixtures';

/**
 * The hostile-content snapshot (test/fixtures/make-hostile.ts: 55 payloads in every text field)
 * is opened in every view and the thread reader: nothing may run, open a dialog, fetch anything,
 * or break the layout.
 */
const HOSTILE = `./?data=${encodeURIComponent(`${DATA_ORIGIN}/hostile/`)}`;
const VIEWS = ['findings', 'overview', 'convergence', 'agents', 'network', 'explore', 'methods'];

async function assertInert(page: Page, where: string) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    // Elements a payload would create if it were parsed as HTML.
    injected: document.querySelectorAll(
      [
        'body iframe',
        'body object',
        'body embed',
        'img[src="x"]',
        'img[src*="evil"]',
        'img[srcset]',
        'form[action]',
        'body meta',
        'body base',
        'body link',
        'x',
        // Our own load-notices panel is a <details open>; a payload's is not.
        'details[open]:not([data-testid="load-notices"])',
        'video',
        'input[autofocus]',
        'math',
        'noscript',
        'a[href^="javascript:" i]',
        'a[href^="data:" i]',
        'a[href^="vbscript:" i]',
        'a[href*="evil.example"]',
        'body style:not(svg style)',
      ].join(', '),
    ).length,
    scripts: [...document.querySelectorAll('script')].filter(
      (s) => !s.src || !s.src.startsWith(location.origin),
    ).length,
    handlers: document.querySelectorAll('[onerror],[onload],[onfocus],[ontoggle],[onpointerover]').length,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }));
  expect(state.pwned, `${where}: a payload ran`).toBeNull();
  expect(state.injected, `${where}: payload markup became elements`).toBe(0);
  expect(state.scripts, `${where}: foreign scripts`).toBe(0);
  expect(state.handlers, `${where}: inline handlers`).toBe(0);
  expect(state.overflow, `${where}: the page overflows horizontally`).toBeLessThanOrEqual(2);
}

test('hostile texts stay inert in every view and in the reader', async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(HOSTILE);
  await waitForDataset(page);
  // The manifest's own fields are hostile too: shown as text.
  await expect(page.getByTestId('dataset-card').locator('h1')).toHaveText(
    'Hostile content <script>window.__pwned=1</script>',
  );
  let checked = 0;
  for (const view of VIEWS) {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: new RegExp(view, 'i') })
      .click();
    const t0 = Date.now();
    await page.waitForTimeout(4000);
    await assertInert(page, view);
    console.log(`hostile: ${view} checked in ${Date.now() - t0} ms`);
    checked++;
  }
  for (const post of ['p0', 'p2', 'p8', 'p35', 'p37', 'p53']) {
    await page.goto(`${HOSTILE}&view=explore&ex_thread=${post}`);
    await expect(page.getByTestId('thread-reader')).toBeVisible({ timeout: 45_000 });
    await page.waitForTimeout(1500);
    await assertInert(page, `thread ${post}`);
    console.log(`hostile: thread ${post} checked`);
    checked++;
  }
  await page.goto(`${HOSTILE}&view=explore&ex_search=${encodeURIComponent('<script>')}`);
  await page.waitForTimeout(3000);
  await assertInert(page, 'search');
  expect(dialogs).toEqual([]);
  console.log(`hostile content: 55 payloads, ${checked + 1} screens checked, 0 executed`);
});
