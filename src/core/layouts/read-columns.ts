import { pathParts, type SourceColumn } from './column-index';
import { formatDuckdbType, type ColumnType } from './duckdb-type';

type Tree = Map<string, Tree>;

function toType(tree: Tree): ColumnType {
  if (tree.size === 0) return { kind: 'scalar', name: 'VARCHAR' };
  return { kind: 'struct', fields: new Map([...tree].map(([n, t]) => [n, toType(t)])) };
}

/**
 * The columns a JSON reader must be given to read exactly `paths` and nothing else, every value as
 * VARCHAR (`author.name`, `author.id` → author STRUCT(name VARCHAR, id VARCHAR)). Reading text
 * keeps values as the file wrote them and spares DuckDB's type detection its fights with records
 * that disagree; names come from the layout rules, never from the file.
 */
export function readColumnsFor(paths: readonly string[]): SourceColumn[] {
  const root: Tree = new Map();
  for (const path of paths) {
    let node = root;
    for (const name of pathParts(path)) {
      if (!node.has(name)) node.set(name, new Map());
      node = node.get(name)!;
    }
  }
  return [...root].map(([name, tree]) => ({ name, type: formatDuckdbType(toType(tree)) }));
}
