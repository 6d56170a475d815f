import { isDeepStrictEqual } from 'node:util';
import { test, expect, DATA_ORIGIN } from './fixtures';

/**
 * 1,000 generated permalinks with random and malicious values: each must open without an uncaught
 * error, inject nothing, and whatever it could not use must be dropped with a notice.
 *
 * All of them are fed, in one page with the default dataset open, to the running app through the
 * test hook (src/bench-hook.ts): the app's own decoder reads each one as at start-up, the app state
 * takes it and names what it dropped, the view it names is drawn with its parameters, and the URL
 * writer writes the address bar again. Then a sample of them is opened as real page loads, which
 * adds what only a start-up does (the security policy, which dataset to open). A page load per
 * link took ~10 minutes and hit the time limit on a busy machine; this takes well under one.
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
  'fd_card',
  'zz',
  '__proto__',
  'constructor',
];
const GOOD: Record<string, string[]> = {
  view: ['findings', 'overview', 'convergence', 'agents', 'network', 'explore', 'methods', 'nope'],
  fd_card: ['influence', 'convergence', 'reciprocity'],
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

type LinkCheck = {
  dropped: string[];
  notices: string[];
  shown: string;
  embed: boolean;
  view: string;
  state: string;
  applied: string;
  written: string;
  rereadDropped: string[];
  rereadState: string;
  reencoded: string;
  injected: string[];
  errors: string[];
};
/** The hook's link handle (runs in the page: page.evaluate serialises the function). */
type LinkHook = { keys(): string[]; check(search: string): Promise<LinkCheck>; scan(): string[] };
type HookGlobal = { __moltscope: { links: LinkHook } };

const LINKS = makeLinks(1000, 20260208);
const VIEWS = GOOD.view.filter((v) => v !== 'nope');
/** The view a link names, read independently of the app: the first `view`, if it is a known one. */
const viewOf = (link: string) => {
  const v = new URLSearchParams(link).get('view') ?? '';
  return VIEWS.includes(v) ? v : 'findings';
};
/** Real page loads: every 33rd link (30 of them), so each kind of value is met at start-up too. */
const LOADED = LINKS.filter((_, i) => i % 33 === 0);
const notice = (dropped: string[]) => `Ignored link parameters that were not valid: ${dropped.join(', ')}.`;

/**
 * What every link must satisfy, whichever way it was opened: the ways it fails, none when it holds.
 * Plain comparisons, not one `expect` each: Playwright records every `expect` as a step of the test,
 * and ten thousand of them made each further link slower to check (14 s per 100 links by the end).
 */
function problemsOf(link: string, r: LinkCheck, known: Set<string>): string[] {
  const problems: string[] = [];
  const must = (ok: boolean, what: string, detail: unknown = '') => {
    if (!ok) problems.push(`${link}: ${what} ${JSON.stringify(detail).slice(0, 300)}`);
  };
  const keys = [...new URLSearchParams(link).keys()];
  must(r.errors.length === 0, 'uncaught errors', r.errors);
  must(r.injected.length === 0, 'injected', r.injected);
  // Every parameter the app does not know is dropped, and whatever was dropped is said.
  for (const k of keys)
    if (!known.has(k)) must(r.dropped.includes(k), `unknown "${k}" not dropped`, r.dropped);
  if (r.dropped.length) {
    must(r.notices.includes(notice(r.dropped)), 'no notice of the dropped parameters', r.notices);
    if (!r.embed) must(r.shown.includes(notice(r.dropped)), 'the notice is not shown', r.shown);
  }
  // The only other thing a link may change: reversed dates are swapped, and that is said.
  const read = JSON.parse(r.state);
  const reversed = read.from !== null && read.to !== null && read.from > read.to;
  const expected = reversed ? { ...read, from: read.to, to: read.from } : read;
  must(isDeepStrictEqual(JSON.parse(r.applied), expected), 'applied state differs from the link', {
    applied: r.applied,
    expected,
  });
  const others = r.notices.filter((n) => n !== notice(r.dropped));
  must(others.length === (reversed ? 1 : 0), 'unexpected notices', others);
  if (reversed)
    must(/^The link's dates were reversed/.test(others[0] ?? ''), 'reversed dates not said', others);
  // The link's own view is drawn (an invalid one falls back to the default, Findings).
  must(r.view === read.view, 'drew another view', r.view);
  // The URL writer writes only what the link held, in a form that reads back unchanged.
  for (const k of new URLSearchParams(r.written).keys()) must(keys.includes(k), `wrote "${k}"`, r.written);
  must(r.rereadDropped.length === 0, 'the written URL drops parameters', r.rereadDropped);
  must(r.rereadState === r.applied, 'the written URL reads back differently', r.rereadState);
  must(r.reencoded === r.written, 'the written URL is not canonical', r.reencoded);
  return problems;
}

test('1,000 random and malicious permalinks open without an uncaught error', async ({ page }) => {
  // About 40 s on a quiet machine; the limit leaves room for a machine several times slower.
  test.setTimeout(480_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const started = Date.now();

  // The one full load the in-page checks need; generous, as a busy machine can make it slow. The
  // tiny fixture: what is tested is how the decoder and each view take a link, and most links open
  // Findings, whose eight diagnostics for each link's filter made the checks a fifth slower on the
  // default snapshot (the real loads below open the datasets the links name).
  await page.goto(`./?view=overview&data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`);
  await expect(page.getByTestId('dataset-card')).toBeVisible({ timeout: 180_000 });
  const known = new Set(
    await page.evaluate(() => (globalThis as unknown as HookGlobal).__moltscope.links.keys()),
  );
  expect(known.has('view') && known.has('ex_q') && known.has('nw_cam')).toBe(true);
  // Links are applied grouped by the view they name, so each view is mounted once per group and
  // then reads every further link's parameters as they change (a mount per link costs up to a
  // second of a busy machine). Start-up reading is what the real page loads below cover.
  const results: LinkCheck[] = new Array(LINKS.length);
  const problems: string[] = [];
  const order = LINKS.map((link, i) => ({ link, i, view: viewOf(link) }));
  order.sort((a, b) => VIEWS.indexOf(a.view) - VIEWS.indexOf(b.view) || a.i - b.i);
  for (const { link, i, view } of order) {
    const r = await page.evaluate(
      (l) => (globalThis as unknown as HookGlobal).__moltscope.links.check(l),
      link,
    );
    problems.push(...problemsOf(link, r, known));
    if (r.view !== view) problems.push(`${link}: drew ${r.view}, not ${view}`);
    results[i] = r;
  }
  expect(problems).toEqual([]);
  expect(pageErrors).toEqual([]);
  const dropping = results.filter((r) => r.dropped.length).length;
  const inPage = Date.now() - started;
  // The links are hostile enough to matter: most drop something, and every view is met.
  expect(dropping).toBeGreaterThan(600);
  expect(new Set(results.map((r) => r.view)).size).toBe(VIEWS.length);

  // A sample opened for real: the same checks after a start-up, which adds the security policy and
  // the choice of dataset. Each waits for the app to read the link and say what it dropped, then
  // moves on while the dataset loads (the views with data were checked above).
  for (const link of LOADED) {
    await page.goto(`./${link}`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('nav[aria-label="Views"]')).toBeVisible({ timeout: 60_000 });
    const expected = results[LINKS.indexOf(link)];
    expect(expected.view).toBe(viewOf(link));
    if (expected.dropped.length) {
      await expect(page.getByTestId('notices'), link).toContainText(notice(expected.dropped));
    }
    const r = await page.evaluate(() => ({
      view: document.querySelector('main')?.dataset.view ?? '',
      injected: (globalThis as unknown as HookGlobal).__moltscope.links.scan(),
    }));
    expect(r.injected, link).toEqual([]);
    expect(r.view, link).toBe(expected.view);
  }
  expect(pageErrors).toEqual([]);
  console.log(
    `hostile links: ${LINKS.length} checked in one page (${dropping} dropping something) in ${(inPage / 1000).toFixed(1)} s; ` +
      `${LOADED.length} opened for real; total ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});
