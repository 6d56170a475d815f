import type { CommentRow } from '../../core/queries/agents';

export interface ThreadLine extends CommentRow {
  /** Depth in the tree rebuilt from parent ids: top level = 0 (the API's convention). */
  level: number;
}

/**
 * Orders a post's comments depth-first (each reply under its parent, siblings by time) and gives
 * each its depth. Comments whose parent is missing from the data are shown at top level rather
 * than dropped, so nothing the data holds is hidden.
 */
export function threadLines(rows: readonly CommentRow[]): ThreadLine[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, CommentRow[]>();
  for (const r of rows) {
    const key = r.parent && ids.has(r.parent) ? r.parent : null;
    const list = children.get(key);
    if (list) list.push(r);
    else children.set(key, [r]);
  }
  const out: ThreadLine[] = [];
  // Iterative DFS: agent threads can be deep enough to make recursion a risk.
  const stack: { row: CommentRow; level: number }[] = (children.get(null) ?? [])
    .slice()
    .reverse()
    .map((row) => ({ row, level: 0 }));
  const seen = new Set<string>();
  while (stack.length) {
    const { row, level } = stack.pop()!;
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    out.push({ ...row, level });
    const kids = children.get(row.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ row: kids[i], level: level + 1 });
  }
  return out;
}
