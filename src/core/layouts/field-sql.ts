/**
 * The SELECT expression of each staging column: text, as the file holds it (the normaliser repairs
 * later), except that timestamp columns of TIMESTAMP/DATE type become UTC ISO text, because text
 * is all the staging tables hold and ISO is what the one timestamp rule reads.
 */
import { quoteString } from '../sql/sql';
import { sqlIdent } from '../sql/escape';
import { pathParts, type ColumnIndex } from './column-index';
import { TIMESTAMP_COLUMNS } from './field-rules';
import type { ResolvedField } from './resolve-fields';

/** UTC ISO-8601 with microseconds: what strftime gives for a TIMESTAMP. */
const ISO_FORMAT = quoteString('%Y-%m-%dT%H:%M:%S.%fZ');

/** SQL reading a dotted path: a column, then STRUCT fields by name (never ambiguous with tables). */
export function pathSql(path: string): string {
  const [first, ...rest] = pathParts(path);
  return rest.reduce((e, name) => `struct_extract(${e}, ${quoteString(name)})`, sqlIdent(first));
}

const ZONED = /^(TIMESTAMP WITH TIME ZONE|TIMESTAMPTZ)$/i;
const LOCAL = /^(TIMESTAMP(_NS|_MS|_S)?|DATETIME|DATE)$/i;
const FRACTIONAL = /^(FLOAT|DOUBLE|REAL|FLOAT4|FLOAT8|DECIMAL(\(.*\))?|NUMERIC(\(.*\))?)$/i;

/** One path as text; timestamp columns by the source type. */
function textSql(path: string, cols: ColumnIndex, timestamp: boolean): string {
  const e = pathSql(path);
  const t = cols.type(path);
  const type = t?.kind === 'scalar' ? t.name : '';
  if (timestamp && ZONED.test(type)) return `strftime(make_timestamp(epoch_us(${e})), ${ISO_FORMAT})`;
  if (timestamp && LOCAL.test(type)) return `strftime(CAST(${e} AS TIMESTAMP), ${ISO_FORMAT})`;
  // An epoch held as a float: fixed notation, never "1.7e+12", which the timestamp rule cannot read.
  if (timestamp && FRACTIONAL.test(type)) return `printf('%.3f', ${e})`;
  return `CAST(${e} AS VARCHAR)`;
}

const coalesced = (parts: string[]): string =>
  parts.length === 1 ? parts[0] : `coalesce(${parts.join(', ')})`;

/** A number as text, integers without a trailing ".0". */
const numberText = (d: string): string =>
  `CASE WHEN ${d} IS NULL THEN NULL WHEN ${d} = trunc(${d}) AND abs(${d}) < 1e15 THEN CAST(CAST(${d} AS BIGINT) AS VARCHAR) ELSE CAST(${d} AS VARCHAR) END`;

/** The SELECT expression of one resolved staging column. */
export function fieldSql(field: ResolvedField, cols: ColumnIndex): string {
  const timestamp = TIMESTAMP_COLUMNS.has(field.column);
  const text = coalesced(field.paths.map((p) => textSql(p, cols, timestamp)));
  switch (field.mode) {
    case 'none':
      return 'CAST(NULL AS VARCHAR)';
    case 'prefixed':
      return `(${quoteString(field.prefix ?? '')} || nullif(${text}, ''))`;
    case 'net-up':
    case 'net-down': {
      const score = `TRY_CAST(${text} AS DOUBLE)`;
      const side = field.mode === 'net-up' ? score : `(-${score})`;
      return numberText(`(CASE WHEN ${side} > 0 THEN ${side} WHEN ${side} IS NULL THEN NULL ELSE 0 END)`);
    }
    case 'coalesce': {
      if (!field.ownPostIdPaths) return text;
      const id = coalesced(field.ownPostIdPaths.map((p) => textSql(p, cols, false)));
      return `(CASE WHEN contains(${text}, ${quoteString('moltbook.com/post/')} || ${id}) THEN NULL ELSE ${text} END)`;
    }
  }
}

/** The SELECT list (no `ord`) of every staging column, in order. */
export function selectListSql(fields: readonly ResolvedField[], cols: ColumnIndex): string {
  return fields.map((f) => `${fieldSql(f, cols)} AS ${sqlIdent(f.column)}`).join(', ');
}
