import type { Page } from '@playwright/test';
import { test, expect, visit } from './fixtures';

/** Every finding card (src/core/findings FINDINGS), in page order. */
const FINDINGS = [
  'convergence',
  'drift',
  'feedback',
  'influence',
  'persistence',
  'reciprocity',
  'inequality',
  'threadDepth',
  'replyIncidence',
];

/**
 * Waits until every finding card has its answer from the loaded data (the diagnostics load vectors
 * on first use), and checks that each one confirms the answer stored with the bundled snapshot: the
 * page's engine and the CLI that stored them give the same verdicts, sentences and numbers.
 */
async function waitForAnswers(page: Page): Promise<void> {
  await expect(page.getByTestId('findings')).toHaveAttribute('data-state', 'ready', { timeout: 100_000 });
  for (const f of FINDINGS) {
    await expect(page.getByTestId(`finding-verdict-${f}`)).toBeVisible();
    await expect(page.getByTestId(`finding-${f}`)).toHaveAttribute('data-check', 'confirmed');
  }
  await expect(page.getByTestId('findings-stored-note')).toHaveCount(0);
}

const verdictOf = (page: Page, id: string) => page.getByTestId(`finding-${id}`).getAttribute('data-verdict');

test.describe('findings view', () => {
  test.setTimeout(120_000);

  test('inert society: intro, SYNTHETIC marker, an answer on every card, influence not detected', async ({
    page,
  }) => {
    // The default view: a link without view= lands here.
    await page.goto('./');
    const root = page.getByTestId('findings');
    // First paint: the answers stored with the snapshot, marked, before the engine has loaded.
    await expect(page.getByTestId('finding-stored-influence')).toContainText('confirming');
    await expect(page.getByTestId('finding-kind-influence')).toHaveText(/^not detected$/i);
    await expect(page.getByTestId('findings-stored-note')).toBeVisible();
    await expect(page.getByTestId('findings-intro')).toContainText('Moltbook');
    await expect(page.getByTestId('findings-intro')).toContainText('scalability without socialization');
    await expect(page.getByTestId('findings-synthetic')).toHaveText(/^SYNTHETIC/);
    await expect(page.getByTestId('findings-real')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button').first()).toHaveText(
      'Findings',
    );
    await waitForAnswers(page);
    // Beside each answer, what the bundled socializing society gives, marked SYNTHETIC.
    await expect(page.getByTestId('finding-reference-influence')).toContainText('detected');
    await expect(page.getByTestId('finding-reference-influence')).toContainText('SYNTHETIC');
    await expect(root.locator('[data-testid^="finding-loading-"]')).toHaveCount(0);
    expect(await verdictOf(page, 'influence')).toBe('not detected');
    expect(await verdictOf(page, 'persistence')).toBe('not detected');
    await expect(page.getByTestId('finding-kind-influence')).toHaveText(/^not detected$/i);
    // Every card says how the rule decides and links on to the method and the full view.
    const card = page.getByTestId('finding-influence');
    await expect(card).toContainText('How we know');
    await expect(card.getByRole('link', { name: 'The method →' })).toHaveAttribute(
      'href',
      /view=methods.*#finding-influence$/,
    );
    await expect(card.getByRole('link', { name: /^Full view: Agents/ })).toHaveAttribute(
      'href',
      /view=agents/,
    );
    // A card's own link names it, and the card exports with its answer in the caption.
    await card.getByTestId('finding-link-influence').click();
    await expect(page).toHaveURL(/fd_card=influence/);
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'SVG' }).click();
    const path = test.info().outputPath('influence.svg');
    await (await download).saveAs(path);
    const svg = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(svg).toContain('NOT DETECTED');
    expect(svg).toContain('SYNTHETIC');
  });

  test('socializing society: influence detected', async ({ app: page }) => {
    await visit(page, './?ds=synthetic-socializing-small&view=findings');
    await waitForAnswers(page);
    expect(await verdictOf(page, 'influence')).toBe('detected');
    expect(await verdictOf(page, 'persistence')).toBe('detected');
    await expect(page.getByTestId('findings-synthetic')).toContainText('socializing');
    // The socializing society is not compared with itself.
    await expect(page.locator('[data-testid^="finding-reference-"]')).toHaveCount(0);
  });

  test('real sample: REAL DATA, and a card says there is not enough data', async ({ app: page }) => {
    await visit(page, './?ds=real-sample&view=findings');
    await waitForAnswers(page);
    await expect(page.getByTestId('findings-real')).toHaveText('REAL DATA');
    await expect(page.getByTestId('findings-synthetic')).toHaveCount(0);
    expect(await verdictOf(page, 'influence')).toBe('not enough data');
    await expect(page.getByTestId('finding-kind-influence')).toHaveText('Not enough data to say');
  });

  test('a stored answer that the loaded data contradicts is replaced, with a notice', async ({ page }) => {
    // The snapshot's answers.json says influence was detected, with another number.
    await page.route('**/data/synthetic-inert-small/answers.json', async (route) => {
      const res = await route.fetch();
      const answers = (await res.json()) as {
        verdicts: { finding: string; verdict: string; value: number }[];
      };
      const v = answers.verdicts.find((x) => x.finding === 'influence')!;
      v.verdict = 'detected';
      v.value = 0.5;
      await route.fulfill({ response: res, json: answers });
    });
    await page.goto('./?view=findings');
    await expect(page.getByTestId('finding-stored-influence')).toBeVisible();
    expect(await verdictOf(page, 'influence')).toBe('detected');
    await expect(page.getByTestId('findings')).toHaveAttribute('data-state', 'ready', { timeout: 100_000 });
    expect(await verdictOf(page, 'influence')).toBe('not detected');
    await expect(page.getByTestId('finding-influence')).toHaveAttribute('data-check', 'stale');
    await expect(page.getByTestId('finding-stale-influence')).toContainText('stale');
    await expect(page.getByTestId('finding-stale-influence')).toContainText('0.500');
    await expect(page.getByTestId('finding-persistence')).toHaveAttribute('data-check', 'confirmed');
  });

  test('a card permalink opens the page at that card', async ({ app: page }) => {
    await visit(page, './?view=findings&fd_card=reciprocity');
    await waitForAnswers(page);
    await expect(page.getByTestId('finding-reciprocity')).toBeInViewport();
    // Each card gives its own embed snippet; embedded, the answer stands alone.
    const card = page.getByTestId('finding-reciprocity');
    await card.getByRole('button', { name: 'Embed' }).click();
    const snippet = await card.getByTestId('finding-embed-reciprocity').inputValue();
    const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1].replaceAll('&amp;', '&') ?? '';
    const link = new URL(src);
    expect(link.searchParams.get('fd_card')).toBe('reciprocity');
    expect(link.searchParams.get('embed')).toBe('1');
    expect(link.searchParams.get('ds')).toBe('synthetic-inert-small');
    expect(snippet).toContain('title="Moltscope: this answer"');
    await page.goto(src);
    await expect(page.locator('section.finding')).toHaveCount(1, { timeout: 45_000 });
    await expect(page.getByTestId('finding-reciprocity')).toHaveAttribute('data-verdict', /^(?!loading)/, {
      timeout: 60_000,
    });
    await expect(page.getByTestId('findings-intro')).toHaveCount(0);
    // Embedded, it still says the data is synthetic and links back to the whole page.
    await expect(page.getByTestId('synthetic-banner')).toBeInViewport();
    await expect(page.getByRole('link', { name: /Open this view in Moltscope/ })).toBeVisible();
  });

  test('a dataset chosen in the picker gets its own stored answers, then confirms them', async ({
    app: page,
  }) => {
    await visit(page, './?view=findings&ds=synthetic-inert-small');
    await waitForAnswers(page);
    expect(await verdictOf(page, 'influence')).toBe('not detected');
    await page.getByLabel('Dataset', { exact: true }).selectOption('synthetic-socializing-small');
    await expect.poll(() => new URL(page.url()).searchParams.get('ds')).toBe('synthetic-socializing-small');
    // Confirmed, not merely computed: the answers stored with the newly chosen snapshot were read.
    await waitForAnswers(page);
    expect(await verdictOf(page, 'influence')).toBe('detected');
  });

  test('at 390 px nothing overflows sideways, and dark mode renders', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('moltscope-theme', 'dark'));
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('./?view=findings');
    await waitForAnswers(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Dark: the page background is dark and the answer text light.
    const [bg, fg] = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      const el = document.querySelector('[data-testid="finding-verdict-influence"]')!;
      return [s.backgroundColor, getComputedStyle(el).color];
    });
    expect(bg).toBe('rgb(20, 22, 26)');
    expect(fg).toBe('rgb(230, 232, 235)');
    await expect(page.getByTestId('finding-influence').locator('svg').first()).toBeVisible();
  });
});
