/** A comment of one thread as threadCommentsSql returns it (unordered, depth not yet known). */
export interface ThreadRow {
  id: string;
  parent_id: string | null;
  t: number;
}

/**
 * The thread in reading order (each reply right after its parent, siblings by time, then id) with
 * each comment's depth (top level = 1, the paper's convention) and whether its parent is missing
 * from the data (shown at the top level, flagged). Iterative and without a depth limit: a
 * 100,000-deep chain keeps all its comments. Comments unreachable from the top level (only a
 * reply cycle, which the loader cuts) are appended at the top level rather than hidden.
 */
export function orderThread<R extends ThreadRow>(
  rows: readonly R[],
): (R & { depth: number; orphan: boolean })[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string, R[]>();
  const roots: R[] = [];
  for (const r of rows) {
    if (r.parent_id !== null && ids.has(r.parent_id) && r.parent_id !== r.id) {
      const list = children.get(r.parent_id);
      if (list) list.push(r);
      else children.set(r.parent_id, [r]);
    } else roots.push(r);
  }
  const byTime = (a: R, b: R) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const out: (R & { depth: number; orphan: boolean })[] = [];
  const placed = new Set<string>();
  const walk = (top: R[]) => {
    const stack: { row: R; depth: number; orphan: boolean }[] = top
      .sort(byTime)
      .reverse()
      .map((row) => ({ row, depth: 1, orphan: row.parent_id !== null && row.parent_id !== row.id }));
    while (stack.length) {
      const { row, depth, orphan } = stack.pop()!;
      if (placed.has(row.id)) continue;
      placed.add(row.id);
      out.push({ ...row, depth, orphan });
      const kids = (children.get(row.id) ?? []).sort(byTime);
      for (let i = kids.length - 1; i >= 0; i--)
        stack.push({ row: kids[i], depth: depth + 1, orphan: false });
    }
  };
  walk(roots);
  if (placed.size < rows.length) walk(rows.filter((r) => !placed.has(r.id)).map((r) => r));
  return out;
}
