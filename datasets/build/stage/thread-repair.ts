/**
 * Makes every comment's parent chain valid, then sets depth from it (top level = 0, API
 * convention). A parent that is missing, on another post, or the comment itself makes the comment
 * top-level; a cycle is broken at the comment where the walk first re-enters it (comments walked
 * in input order). Works on typed arrays of comment indices: no per-comment objects.
 */

/** Parent index meaning "no parent_id"; -2 means a parent_id naming no comment. */
export const NO_PARENT = -1;
export const MISSING_PARENT = -2;

export interface ThreadInput {
  /** Per comment (in input order): parent's index, NO_PARENT or MISSING_PARENT. Modified in place. */
  parent: Int32Array;
  /** Per comment: its post's number (any dense code). */
  post: Int32Array;
}

export type CutReason = 'missing' | 'self' | 'other-post' | 'cycle';

export interface ThreadRepairs {
  /** Comments made top-level, in the order they were found, with why. */
  cuts: { index: number; reason: CutReason }[];
  /** Depth of every comment from its repaired parent chain. */
  depth: Int32Array;
}

export function repairThreadArrays({ parent, post }: ThreadInput): ThreadRepairs {
  const n = parent.length;
  const cuts: ThreadRepairs['cuts'] = [];
  for (let i = 0; i < n; i++) {
    const p = parent[i];
    if (p === NO_PARENT) continue;
    const reason: CutReason | null =
      p === MISSING_PARENT ? 'missing' : p === i ? 'self' : post[p] !== post[i] ? 'other-post' : null;
    if (reason) {
      cuts.push({ index: i, reason });
      parent[i] = NO_PARENT;
    }
  }
  // Phase 1: iterative walk with colouring (1 = on the current path, 2 = known to reach a root).
  const state = new Uint8Array(n);
  let path = new Int32Array(1024);
  const push = (len: number, node: number): void => {
    if (len === path.length) {
      const grown = new Int32Array(path.length * 2);
      grown.set(path);
      path = grown;
    }
    path[len] = node;
  };
  for (let start = 0; start < n; start++) {
    let len = 0;
    let node = start;
    while (node !== NO_PARENT && state[node] !== 2) {
      if (state[node] === 1) {
        cuts.push({ index: node, reason: 'cycle' });
        parent[node] = NO_PARENT;
        break;
      }
      state[node] = 1;
      push(len++, node);
      node = parent[node];
    }
    for (let k = 0; k < len; k++) state[path[k]] = 2;
  }
  // Phase 2: chains are now acyclic; depth = number of ancestors, memoised (-1 = not yet known).
  const depth = new Int32Array(n).fill(-1);
  for (let start = 0; start < n; start++) {
    let len = 0;
    let node = start;
    while (node !== NO_PARENT && depth[node] < 0) {
      push(len++, node);
      node = parent[node];
    }
    let d = node === NO_PARENT ? -1 : depth[node];
    for (let k = len - 1; k >= 0; k--) depth[path[k]] = ++d;
  }
  return { cuts, depth };
}
