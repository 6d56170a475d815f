import { describe, expect, it } from 'vitest';
import { checkReadOnly, tokenize } from '../../../src/views/explore/read-only';

const ok = (sql: string) => checkReadOnly(sql);
function refused(sql: string): string {
  const v = checkReadOnly(sql);
  expect(v.ok, sql).toBe(false);
  return v.ok ? '' : v.reason;
}

describe('the console text gate lets reading statements through', () => {
  it.each([
    'SELECT submolt_name, count(*) FROM posts GROUP BY 1',
    'WITH a AS (SELECT 1 AS x) SELECT * FROM a',
    'FROM posts LIMIT 3',
    'VALUES (1), (2)',
    'TABLE posts',
    'DESCRIBE posts',
    'SUMMARIZE comments',
    'SHOW TABLES',
    'EXPLAIN SELECT 1',
    'SELECT "count" FROM (SELECT 1 AS "count")',
    'SELECT p."post id" FROM posts p',
    'SELECT * FROM "posts" JOIN "Comments" c ON c.post_id = "posts".id',
    'SELECT * FROM range(3)',
    "SELECT 'read_csv(''x'')' AS text",
    'SELECT \'ünïcode is fine in strings\' AS s, "naïve" FROM posts',
    'SELECT 1; ',
  ])('%s', (sql) => {
    expect(ok(sql)).toMatchObject({ ok: true });
  });

  it('trims trailing semicolons and space', () => {
    expect(ok('SELECT 1 ;;  \n')).toEqual({ ok: true, sql: 'SELECT 1' });
  });

  it('turns the harmless PRAGMAs into the SELECT they stand for', () => {
    expect(ok("PRAGMA table_info('posts')")).toEqual({
      ok: true,
      sql: "SELECT * FROM pragma_table_info('posts')",
    });
    expect(ok('pragma SHOW_TABLES;')).toEqual({ ok: true, sql: 'SHOW TABLES' });
    expect(ok('PRAGMA version')).toEqual({ ok: true, sql: 'SELECT * FROM pragma_version()' });
    expect(refused('PRAGMA table_info')).toMatch(/table_info\('a table'\)/);
    expect(refused('PRAGMA version(1)')).toMatch(/no arguments/);
  });
});

describe('the console text gate refuses', () => {
  it.each([
    ['writes', 'DELETE FROM posts', /DELETE/],
    ['a second statement', 'SELECT 1; DROP TABLE posts', /one statement/],
    ['SET', 'SET enable_external_access = true', /SET/],
    ['RESET', 'RESET lock_configuration', /RESET/],
    ['other PRAGMAs', 'PRAGMA enable_profiling', /PRAGMA enable_profiling is refused/],
    ['CALL', 'CALL pragma_version()', /CALL/],
    ['ATTACH', "ATTACH 'http://x/db' AS x", /ATTACH/],
    ['COPY', "COPY posts TO 'x.csv'", /COPY/],
    ['INSTALL', 'INSTALL httpfs', /INSTALL/],
    ['LOAD', 'LOAD json', /LOAD/],
    ['dollar quoting', 'SELECT $$x$$', /Dollar/],
    ['unterminated strings', "SELECT 'x", /unterminated string/],
    ['unterminated comments', 'SELECT 1 /* x', /unterminated comment/],
  ])('%s', (_what, sql, reason) => {
    expect(refused(sql)).toMatch(reason);
  });

  const url = "'http://127.0.0.1:9/x.csv'";
  it.each([
    `SELECT * FROM read_csv(${url})`,
    `SELECT * FROM "read_csv"(${url})`,
    `SELECT * FROM "READ_BLOB"(${url})`,
    `SELECT * FROM "read_text"(${url})`,
    `SELECT * FROM ReAd_CsV(${url})`,
    `SELECT * FROM main."read_csv_auto"(${url})`,
    `SELECT * FROM /* a */ read_csv /* b */ (${url})`,
    `SELECT * FROM read_csv\n--x\n(${url})`,
    `SELECT * FROM "glob"('/*')`,
    `SELECT * FROM sniff_csv(${url})`,
    `SELECT * FROM query('SELECT 1')`,
    `SELECT * FROM "query_table"('posts')`,
    `SELECT * FROM posts, LATERAL read_parquet(${url})`,
    `SELECT (SELECT count(*) FROM read_json(${url}))`,
  ])('file functions: %s', (sql) => {
    expect(refused(sql)).toMatch(/reads files or runs other SQL/);
  });

  it.each([
    `SELECT * FROM ${url}`,
    `SELECT * FROM "http://127.0.0.1:9/x.csv"`,
    `SELECT * FROM main."x.csv"`,
    `SELECT * FROM posts, "x.parquet"`,
    `SELECT * FROM posts JOIN 'x.csv' ON true`,
    `DESCRIBE 'x.csv'`,
    `SUMMARIZE "x.csv"`,
    `SELECT * FROM (SELECT 1), 'x.csv'`,
  ])('files and URLs in table position: %s', (sql) => {
    expect(refused(sql)).toMatch(/Files and URLs cannot be read here/);
  });

  it.each(['checkpoint', 'force_checkpoint', 'enable_logging', 'disable_logging', 'truncate_duckdb_logs'])(
    'the state-changing table function %s()',
    (fn) => {
      expect(refused(`SELECT * FROM "${fn}"()`)).toMatch(/refused/);
    },
  );

  it('Unicode escapes and escape strings, whose text DuckDB would read differently', () => {
    expect(refused(`SELECT * FROM U&"\\0072ead_csv"(${url})`)).toMatch(/Unicode escapes/);
    expect(refused(`SELECT * FROM u&'\\0072'`)).toMatch(/Unicode escapes/);
    // Read with backslash escapes, the string would end earlier than this gate thinks.
    expect(refused(`SELECT E'\\'' , read_csv('x') -- '`)).toMatch(/Escape strings/);
    expect(refused("SELECT e'x'")).toMatch(/Escape strings/);
  });

  it('look-alike letters and Unicode spaces outside quotes, naming the character', () => {
    // Cyrillic а (U+0430) in place of the Latin a.
    expect(refused(`SELECT * FROM re\u0430d_csv(${url})`)).toMatch(/U\+0430/);
    expect(refused(`SELECT * FROM read_csv\u00a0(${url})`)).toMatch(/U\+00A0/);
    expect(refused(`SELECT * FROM ｒｅａｄ_csv(${url})`)).toMatch(/U\+FF52/);
  });
});

describe('tokenize', () => {
  it('keeps offsets, drops comments, folds the case of words only', () => {
    const t = tokenize(`Select "A""b" -- c\n, 'x' /* y */`);
    expect(t.map((x) => [x.kind, x.text, x.start, x.end])).toEqual([
      ['word', 'select', 0, 6],
      ['quoted', '"A""b"', 7, 13],
      ['punct', ',', 19, 20],
      ['string', "'x'", 21, 24],
    ]);
  });
});
