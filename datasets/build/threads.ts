import type { CommentRow } from '../snapshot/rows';
import type { BuildReport } from './build-report';

/**
 * Makes every comment's parent chain valid, then sets depth from it (top level = 0, API
 * convention). A parent that is missing, on another post, or the comment itself makes the comment
 * top-level; a cycle is broken at the comment where the walk first re-enters it. All noted.
 */
export function repairThreads(comments: CommentRow[], report: BuildReport): void {
  const byId = new Map(comments.map((c) => [c.id, c]));
  for (const c of comments) {
    if (c.parent_id === null) continue;
    const parent = byId.get(c.parent_id);
    if (!parent || parent.post_id !== c.post_id || parent === c) {
      report.note(
        'repaired',
        !parent
          ? 'comment whose parent is missing made top-level'
          : parent === c
            ? 'comment that is its own parent made top-level'
            : 'comment whose parent is on another post made top-level',
        c.id,
      );
      c.parent_id = null;
    }
  }
  // Phase 1, iterative walk with colouring (1 = on the current path, 2 = known to reach a root).
  const state = new Map<string, number>();
  for (const start of comments) {
    const path: CommentRow[] = [];
    let node: CommentRow | undefined = start;
    while (node && state.get(node.id) !== 2) {
      if (state.get(node.id) === 1) {
        report.note('repaired', 'cycle in parent_id chain broken (comment made top-level)', node.id);
        node.parent_id = null;
        break;
      }
      state.set(node.id, 1);
      path.push(node);
      node = node.parent_id === null ? undefined : byId.get(node.parent_id);
    }
    for (const c of path) state.set(c.id, 2);
  }
  // Phase 2: chains are now acyclic; depth = number of ancestors, memoised.
  const depth = new Map<string, number>();
  for (const start of comments) {
    const path: CommentRow[] = [];
    let node: CommentRow | undefined = start;
    while (node && !depth.has(node.id)) {
      path.push(node);
      node = node.parent_id === null ? undefined : byId.get(node.parent_id);
    }
    let d = node ? depth.get(node.id)! : -1;
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i].id, ++d);
  }
  for (const c of comments) {
    const d = depth.get(c.id) ?? 0;
    if (c.depth !== null && c.depth !== d)
      report.note('repaired', 'comment depth recomputed from its parent chain', `${c.id}: ${c.depth} → ${d}`);
    c.depth = d;
  }
}
