import { test, expect, waitForDataset } from './fixtures';

/**
 * 1,000 generated permalinks with random and malicious values: each must open without an uncaught
 * error, and whatever it could not use must be dropped with a notice. Links are tried in one page
 * via history.replaceState + the app's own parser, then a sample is opened for real.
 */
const FRAGMENTS = [
  "'; DROP TABLE posts; --",
  '" OR 1=1 --',
  '<script>window.__pwned=1</script>',
  'javascript:alert(1)',
  '../../etc/passwd',
  '%00',
  '\u202Eevil',
  'Z̸̡̢̛̗̘̙̜̝̞̟',
  '9'.repeat(400),
  '-1e309',
  'NaN',
  'Infinity',
  '0x1F',
  '2026-13-45',
  '2026-02-30',
  '😀😀😀',
  'ｗｉｄｅ',
  'a,b,,c',
  ' ',
  '',
  'x'.repeat(5000),
];
const KEYS = [
  'view',
  'ds',
  'data',
  'from',
  'to',
  'submolt',
  'bin',
  'cv_unit',
  'ag_agent',
  'nw_day',
  'nw_cam',
  'nw_sel',
  'nw_k',
  'ex_q',
  'ex_thread',
  'ex_search',
  'zz',
  '__proto__',
  'constructor',
];
const GOOD: Record<string, string[]> = {
  view: ['overview', 'convergence', 'agents', 'network', 'explore', 'methods', 'nope'],
  from: ['2026-01-29', '2026-02-04'],
  to: ['2026-02-05', '2026-01-30'],
  bin: ['hour', 'day', 'week'],
};

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeLinks(count: number, seed: number): string[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    const params = new URLSearchParams();
    const n = 1 + Math.floor(rnd() * 5);
    for (let k = 0; k < n; k++) {
      const key = pick(KEYS);
      const value =
        GOOD[key] && rnd() < 0.5
          ? pick(GOOD[key])
          : pick(FRAGMENTS) + (rnd() < 0.3 ? String(Math.floor(rnd() * 1e6)) : '');
      params.append(key, value);
    }
    links.push(`?${params.toString()}`);
  }
  return links;
}

test('1,000 random and malicious permalinks open without an uncaught error', async ({ page }) => {
  test.setTimeout(600_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const links = makeLinks(1000, 20260208);
  let opened = 0;
  // Every link is opened for real; the dataset stays cached by the browser between loads.
  for (const [i, link] of links.entries()) {
    await page.goto(`./${link}`, { waitUntil: 'domcontentloaded' });
    if (i % 100 === 0) {
      // Every hundredth link is followed until the dataset is open and the view drawn.
      await waitForDataset(page).catch(async () => {
        await expect(page.getByTestId('load-error')).toBeVisible();
      });
    } else {
      await expect(page.locator('nav[aria-label="Views"]')).toBeVisible();
    }
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
    expect(pwned).toBeNull();
    opened++;
  }
  expect(errors).toEqual([]);
  console.log(`hostile links: ${opened} of ${links.length} opened without an uncaught error`);
});
