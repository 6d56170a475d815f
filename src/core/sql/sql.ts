/**
 * A tiny safe SQL template: interpolated values become escaped literals, never raw text.
 *
 *   sql`SELECT * FROM posts WHERE author_name = ${name}` → ... = 'O''Brien'
 *
 * Strings are single-quoted with '' doubling (NUL rejected); numbers must be finite; booleans and
 * null map to TRUE/FALSE/NULL; Dates become TIMESTAMP literals; arrays become parenthesised lists;
 * `ident()` double-quotes identifiers with "" doubling; nested `sql` fragments are inlined as is.
 */
export class Sql {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

class Ident {
  constructor(readonly name: string) {}
}

export type SqlValue = string | number | boolean | null | Date | Sql | Ident | readonly SqlValue[];

export class SqlInjectionError extends Error {}

/** A quoted identifier (table or column name). */
export function ident(name: string): Ident {
  if (name.includes('\0')) throw new SqlInjectionError('NUL byte in identifier');
  return new Ident(name);
}

/** Trusted SQL text (constants written in code only, never user input). */
export function raw(text: string): Sql {
  return new Sql(text);
}

/** A string literal with '' doubling. */
export function quoteString(s: string): string {
  if (s.includes('\0')) throw new SqlInjectionError('NUL byte in string literal');
  return `'${s.replaceAll("'", "''")}'`;
}

/** Renders one value as SQL text. */
export function literal(v: SqlValue): string {
  if (v instanceof Sql) return v.text;
  if (v instanceof Ident) return `"${v.name.replaceAll('"', '""')}"`;
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new SqlInjectionError(`non-finite number ${v}`);
    return String(v);
  }
  if (typeof v === 'string') return quoteString(v);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new SqlInjectionError('invalid date');
    return `TIMESTAMP ${quoteString(v.toISOString().replace('T', ' ').replace('Z', ''))}`;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) throw new SqlInjectionError('empty list');
    return `(${v.map(literal).join(', ')})`;
  }
  throw new SqlInjectionError(`unsupported value ${String(v)}`);
}

/** Tagged template producing escaped SQL. */
export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): Sql {
  let out = strings[0];
  values.forEach((v, i) => (out += literal(v) + strings[i + 1]));
  return new Sql(out);
}

/** Joins fragments with a separator (e.g. ' AND '). */
export function join(parts: Sql[], sep: string): Sql {
  return new Sql(parts.map((p) => p.text).join(sep));
}
