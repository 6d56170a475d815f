/**
 * DuckDB type strings as DESCRIBE prints them, taken apart far enough to find nested fields:
 * `STRUCT(id VARCHAR, "name" VARCHAR, submolt STRUCT(...))`. Everything that is not a STRUCT is
 * kept as its text (lists and maps are never read field by field). Field names come from hostile
 * files, so quoted names ("a""b") are read exactly and a string that does not parse is a scalar.
 */
export type ColumnType =
  { kind: 'struct'; fields: ReadonlyMap<string, ColumnType> } | { kind: 'scalar'; name: string };

/** A type is a list, map or array when DuckDB shows it with these marks: never a single value. */
const COMPOSITE = /^(MAP|UNION)\(|\]$/i;

/** Parses a DuckDB type string; unparsable input becomes a scalar of that text. */
export function parseDuckdbType(text: string): ColumnType {
  const t = text.trim();
  if (!/^STRUCT\s*\(/i.test(t) || !t.endsWith(')')) return { kind: 'scalar', name: t };
  const inner = t.slice(t.indexOf('(') + 1, -1);
  const fields = new Map<string, ColumnType>();
  for (const part of splitTopLevel(inner)) {
    const field = splitName(part);
    if (!field) return { kind: 'scalar', name: t };
    fields.set(field.name, parseDuckdbType(field.type));
  }
  return { kind: 'struct', fields };
}

/** True for types that hold one value per row (not STRUCT, LIST, MAP, ARRAY or UNION). */
export function isSingleValue(type: ColumnType): boolean {
  return type.kind === 'scalar' && !COMPOSITE.test(type.name);
}

/** Splits on commas that are outside parentheses and double quotes. */
function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** `"a""b" VARCHAR` → {name: 'a"b', type: 'VARCHAR'}; `id VARCHAR` → {name: 'id', …}. */
function splitName(part: string): { name: string; type: string } | null {
  if (part.startsWith('"')) {
    let i = 1;
    let name = '';
    while (i < part.length) {
      if (part[i] === '"') {
        if (part[i + 1] === '"') {
          name += '"';
          i += 2;
          continue;
        }
        break;
      }
      name += part[i++];
    }
    if (i >= part.length) return null;
    const type = part.slice(i + 1).trim();
    return type ? { name, type } : null;
  }
  const space = part.search(/\s/);
  if (space <= 0) return null;
  return { name: part.slice(0, space), type: part.slice(space + 1).trim() };
}

/** Renders a type back as DuckDB text, with every field name quoted. */
export function formatDuckdbType(type: ColumnType): string {
  if (type.kind === 'scalar') return type.name;
  const fields = [...type.fields].map(([n, t]) => `"${n.replaceAll('"', '""')}" ${formatDuckdbType(t)}`);
  return `STRUCT(${fields.join(', ')})`;
}

/** The same shape with every single-value leaf as VARCHAR: how JSON is read without type fights. */
export function varcharLeaves(type: ColumnType): ColumnType {
  if (type.kind === 'scalar') return { kind: 'scalar', name: 'VARCHAR' };
  return { kind: 'struct', fields: new Map([...type.fields].map(([n, t]) => [n, varcharLeaves(t)])) };
}
