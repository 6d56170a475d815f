/**
 * A conservative gate for the SQL console, before the worker's own checks: one statement, starting
 * with a reading keyword, with no writing or side-effect keyword anywhere and no function or table
 * reference that could read files or URLs, whether written plainly, quoted ("read_csv"), in another
 * case, or split by comments. It errs on the side of refusing; a refused statement can always be
 * rewritten (e.g. quote a column that is named like a keyword). It only words the refusal: what
 * runs is decided by DuckDB's parser in the worker (workers/engine/statement-kind.ts), and no file
 * or URL can be read at all because the engine's external access is off and locked
 * (workers/engine/duckdb.ts).
 */

export type Verdict = { ok: true; sql: string } | { ok: false; reason: string };

const START = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'describe',
  'desc',
  'summarize',
  'show',
  'explain',
  'pragma',
  '(',
]);
const FORBIDDEN = new Set([
  'insert',
  'update',
  'delete',
  'create',
  'drop',
  'alter',
  'attach',
  'detach',
  'copy',
  'export',
  'import',
  'install',
  'load',
  'set',
  'reset',
  'call',
  'checkpoint',
  'vacuum',
  'truncate',
  'merge',
  'use',
  'begin',
  'commit',
  'rollback',
  'abort',
  'transaction',
  'prepare',
  'execute',
  'deallocate',
  'grant',
  'revoke',
  'comment',
  'upsert',
  'force',
  'update_extensions',
]);
/** Functions that read files, URLs or run SQL text of their own. */
const FILE_FUNCTION =
  /^(read_\w+|\w+_scan|glob|sniff_csv|parquet_\w+|query|query_table|iceberg_\w+|delta_\w+|load_\w+|getenv)$/;
/** Table functions that change the engine's state (logging, checkpoints). */
const STATE_FUNCTION = /^(\w*checkpoint|enable_logging|disable_logging|truncate_duckdb_logs)$/;
/** A name that can only be a table, not a file path or URL. */
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;
/** What PRAGMA statements become: the same answer as a SELECT, which the worker's parser accepts. */
const PRAGMA_AS_SELECT: Record<string, (args: string) => string> = {
  table_info: (args) => `SELECT * FROM pragma_table_info${args}`,
  show_tables: () => 'SHOW TABLES',
  show_tables_expanded: () => 'SHOW ALL TABLES',
  database_size: () => 'SELECT * FROM pragma_database_size()',
  version: () => 'SELECT * FROM pragma_version()',
};
const PRAGMAS = new Set(Object.keys(PRAGMA_AS_SELECT));
const CLAUSE_END = new Set([
  'where',
  'group',
  'having',
  'order',
  'limit',
  'qualify',
  'window',
  'union',
  'except',
  'intersect',
  'select',
  'on',
  'using',
  'offset',
]);

interface Token {
  kind: 'word' | 'string' | 'quoted' | 'punct' | 'number';
  /** Words lower-cased; strings and quoted names with their quotes. */
  text: string;
  /** Offsets in the statement: [start, end). */
  start: number;
  end: number;
}

/** A quoted name as DuckDB reads it for matching: quotes removed, `""` undone, case folded. */
function unquote(t: Token): string {
  return t.text.slice(1, -1).replaceAll('""', '"').toLowerCase();
}

/** The name a word or quoted-name token stands for; '' for other tokens. */
function nameOf(t: Token | undefined): string {
  if (t?.kind === 'word') return t.text;
  if (t?.kind === 'quoted') return unquote(t);
  return '';
}

/** Splits SQL into tokens, dropping comments; throws on an unterminated string or comment. */
export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    // ASCII white space only: a non-breaking or other Unicode space is refused as a character.
    if (/[ \t\n\r\f\v]/.test(ch)) i++;
    else if (sql.startsWith('--', i)) {
      const e = sql.indexOf('\n', i);
      i = e < 0 ? sql.length : e + 1;
    } else if (sql.startsWith('/*', i)) {
      const e = sql.indexOf('*/', i + 2);
      if (e < 0) throw new Error('unterminated comment');
      i = e + 2;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      for (;;) {
        const e = sql.indexOf(ch, j);
        if (e < 0) throw new Error(ch === "'" ? 'unterminated string' : 'unterminated quoted name');
        if (sql[e + 1] === ch) j = e + 2;
        else {
          j = e + 1;
          break;
        }
      }
      out.push({ kind: ch === "'" ? 'string' : 'quoted', text: sql.slice(i, j), start: i, end: j });
      i = j;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i))!;
      out.push({ kind: 'word', text: m[0].toLowerCase(), start: i, end: i + m[0].length });
      i += m[0].length;
    } else if (/[0-9]/.test(ch)) {
      const m = /^[0-9][0-9._eE]*/.exec(sql.slice(i))!;
      out.push({ kind: 'number', text: m[0], start: i, end: i + m[0].length });
      i += m[0].length;
    } else {
      // Dollar-quoted strings and the like are refused by treating `$` as its own token below.
      out.push({ kind: 'punct', text: ch, start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

export function checkReadOnly(sql: string): Verdict {
  let tokens: Token[];
  try {
    tokens = tokenize(sql);
  } catch (e) {
    return { ok: false, reason: `Could not read the statement: ${(e as Error).message}.` };
  }
  while (tokens.length && tokens[tokens.length - 1].text === ';') tokens.pop();
  if (!tokens.length) return { ok: false, reason: 'The statement is empty.' };
  if (tokens.some((t) => t.text === ';'))
    return { ok: false, reason: 'Only one statement at a time: remove the semicolons between statements.' };
  if (tokens.some((t) => t.text === '$'))
    return { ok: false, reason: 'Dollar-quoted text and parameters are not accepted here.' };
  const foreign = tokens.find((t) => t.kind === 'punct' && t.text.charCodeAt(0) > 0x7f);
  if (foreign) {
    const code = foreign.text.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return {
      ok: false,
      reason: `The character "${foreign.text}" (U+${code}) is not accepted outside quotes: names here are plain ASCII, and a look-alike letter could pass for another name.`,
    };
  }
  for (let k = 1; k < tokens.length; k++) {
    const [a, b] = [tokens[k - 1], tokens[k]];
    const glued = a.end === b.start;
    if (glued && a.text === 'e' && b.kind === 'string')
      return { ok: false, reason: "Escape strings (E'…') are not accepted here: write the text itself." };
    if (glued && a.text === '&' && tokens[k - 2]?.text === 'u' && tokens[k - 2].end === a.start)
      return { ok: false, reason: 'Unicode escapes (U&"…") are not accepted here: write the name itself.' };
  }
  const first = tokens[0].text;
  if (!START.has(first))
    return {
      ok: false,
      reason: `Read-only console: "${first.toUpperCase()}" statements are refused (use SELECT, WITH, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN or PRAGMA table_info).`,
    };
  let rewritten: string | null = null;
  if (first === 'pragma') {
    const name = nameOf(tokens[1]);
    if (!PRAGMAS.has(name))
      return { ok: false, reason: `PRAGMA ${name} is refused: only ${[...PRAGMAS].join(', ')}.` };
    const args = sql
      .slice(tokens[1].end)
      .trim()
      .replace(/[;\s]+$/, '');
    const bracketed = tokens[2]?.text === '(' && tokens[tokens.length - 1].text === ')';
    if (name === 'table_info' ? !bracketed : tokens.length > 2)
      return {
        ok: false,
        reason:
          name === 'table_info'
            ? "Write PRAGMA table_info('a table')."
            : `PRAGMA ${name} takes no arguments here.`,
      };
    rewritten = PRAGMA_AS_SELECT[name](args);
  }
  const inFrom: boolean[] = [false];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const depth = inFrom.length - 1;
    if (t.kind === 'word' && FORBIDDEN.has(t.text))
      return { ok: false, reason: `Read-only console: "${t.text.toUpperCase()}" is refused.` };
    const name = nameOf(t);
    if (name && tokens[k + 1]?.text === '(') {
      if (FILE_FUNCTION.test(name))
        return {
          ok: false,
          reason: `${name}() reads files or runs other SQL: only the loaded tables can be queried.`,
        };
      if (STATE_FUNCTION.test(name))
        return { ok: false, reason: `${name}() changes the engine's state: it is refused here.` };
    }
    if (t.text === '(') inFrom.push(false);
    else if (t.text === ')') {
      if (inFrom.length > 1) inFrom.pop();
    } else if (t.kind === 'word' && (t.text === 'from' || t.text === 'join')) inFrom[depth] = true;
    else if (t.kind === 'word' && CLAUSE_END.has(t.text)) inFrom[depth] = false;
    // DuckDB reads a file name or URL in table position as a file, quoted either way
    // (FROM 'x.csv', FROM "http://…/x.csv", FROM main."x.csv"): refuse it.
    if ((t.kind === 'string' || (t.kind === 'quoted' && !PLAIN_NAME.test(name))) && prev) {
      const tablePosition =
        ['from', 'join', 'describe', 'desc', 'summarize', 'show', 'table', '.'].includes(prev.text) ||
        (prev.text === ',' && inFrom[depth]);
      if (tablePosition && (t.kind === 'string' || prev.text !== '.' || inFrom[depth]))
        return { ok: false, reason: 'Files and URLs cannot be read here: only the loaded tables.' };
    }
  }
  return { ok: true, sql: rewritten ?? sql.trim().replace(/[;\s]+$/, '') };
}
