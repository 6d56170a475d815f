/**
 * A conservative gate for the SQL console, before the worker's read-only transaction: one statement,
 * starting with a reading keyword, with no writing or side-effect keyword anywhere and no function
 * or table reference that could read files or URLs. It errs on the side of refusing; a refused
 * statement can always be rewritten (e.g. quote a column that is named like a keyword).
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
const PRAGMAS = new Set(['table_info', 'show_tables', 'show_tables_expanded', 'database_size', 'version']);
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
  text: string;
}

/** Splits SQL into tokens, dropping comments; throws on an unterminated string or comment. */
export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (/\s/.test(ch)) i++;
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
      out.push({ kind: ch === "'" ? 'string' : 'quoted', text: sql.slice(i, j) });
      i = j;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i))!;
      out.push({ kind: 'word', text: m[0].toLowerCase() });
      i += m[0].length;
    } else if (/[0-9]/.test(ch)) {
      const m = /^[0-9][0-9._eE]*/.exec(sql.slice(i))!;
      out.push({ kind: 'number', text: m[0] });
      i += m[0].length;
    } else {
      // Dollar-quoted strings and the like are refused by treating `$` as its own token below.
      out.push({ kind: 'punct', text: ch });
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
  const first = tokens[0].text;
  if (!START.has(first))
    return {
      ok: false,
      reason: `Read-only console: "${first.toUpperCase()}" statements are refused (use SELECT, WITH, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN or PRAGMA table_info).`,
    };
  if (first === 'pragma') {
    const name = tokens[1]?.text ?? '';
    if (!PRAGMAS.has(name))
      return { ok: false, reason: `PRAGMA ${name} is refused: only ${[...PRAGMAS].join(', ')}.` };
  }
  const inFrom: boolean[] = [false];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const depth = inFrom.length - 1;
    if (t.kind === 'word' && FORBIDDEN.has(t.text))
      return { ok: false, reason: `Read-only console: "${t.text.toUpperCase()}" is refused.` };
    if (t.kind === 'word' && FILE_FUNCTION.test(t.text) && tokens[k + 1]?.text === '(')
      return {
        ok: false,
        reason: `${t.text}() reads files or runs other SQL: only the loaded tables can be queried.`,
      };
    if (t.text === '(') inFrom.push(false);
    else if (t.text === ')') {
      if (inFrom.length > 1) inFrom.pop();
    } else if (t.kind === 'word' && (t.text === 'from' || t.text === 'join')) inFrom[depth] = true;
    else if (t.kind === 'word' && CLAUSE_END.has(t.text)) inFrom[depth] = false;
    // DuckDB reads a quoted file name or URL in table position ("FROM 'x.csv'"): refuse it.
    if (t.kind === 'string' && prev) {
      const tablePosition =
        ['from', 'join', 'describe', 'desc', 'summarize', 'show', 'table'].includes(prev.text) ||
        (prev.text === ',' && inFrom[depth]);
      if (tablePosition)
        return { ok: false, reason: 'Files and URLs cannot be read here: only the loaded tables.' };
    }
  }
  return { ok: true, sql: sql.trim().replace(/[;\s]+$/, '') };
}
