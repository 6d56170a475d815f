import { isSingleValue, parseDuckdbType, type ColumnType } from './duckdb-type';

/** One column of a file, as DuckDB's DESCRIBE gives it. */
export interface SourceColumn {
  name: string;
  type: string;
}

/** A dotted path split into names: `author.name` → ['author', 'name']. */
export const pathParts = (path: string): string[] => path.split('.');

/**
 * The columns of one file, looked up by dotted path through STRUCT fields. Names match exactly:
 * the layouts' names are lower-case or camelCase as their datasets spell them.
 */
export class ColumnIndex {
  private readonly top = new Map<string, ColumnType>();

  constructor(readonly columns: readonly SourceColumn[]) {
    for (const c of columns) if (!this.top.has(c.name)) this.top.set(c.name, parseDuckdbType(c.type));
  }

  /** The type at a path, or undefined when any level is missing or not a STRUCT. */
  type(path: string): ColumnType | undefined {
    const [first, ...rest] = pathParts(path);
    let t = this.top.get(first);
    for (const name of rest) t = t?.kind === 'struct' ? t.fields.get(name) : undefined;
    return t;
  }

  /** True when the path exists, whatever its type. */
  has(path: string): boolean {
    return this.type(path) !== undefined;
  }

  /** True when the path holds one value per row (so it can be staged as text). */
  hasValue(path: string): boolean {
    const t = this.type(path);
    return t !== undefined && isSingleValue(t);
  }

  /** True when the path is a STRUCT (an object in JSON). */
  hasStruct(path: string): boolean {
    return this.type(path)?.kind === 'struct';
  }
}
