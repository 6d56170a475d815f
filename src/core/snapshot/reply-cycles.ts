/**
 * Reply cycles in a comments table given as parent indices (`parent[i]` is the row of comment i's
 * parent, -1 for none). A cycle is a chain of replies that returns to where it started, so none of
 * its members has a top-level ancestor and the thread shows none of them.
 *
 * One pass in O(n) time over typed arrays, with no recursion and no depth limit: each comment is
 * walked up its parent chain until the walk meets a comment already settled; meeting one on the
 * walk in progress closes a cycle, whatever its length.
 */
export interface ReplyCycles {
  /** 1 for each comment on a cycle (not for the replies that merely hang off one). */
  onCycle: Uint8Array;
  cycles: number;
  members: number;
}

export function findReplyCycles(parent: Int32Array): ReplyCycles {
  const n = parent.length;
  // 0 unvisited, 1 on the walk in progress, 2 settled.
  const state = new Uint8Array(n);
  const onCycle = new Uint8Array(n);
  const path = new Int32Array(n);
  let cycles = 0;
  let members = 0;
  for (let start = 0; start < n; start++) {
    if (state[start]) continue;
    let len = 0;
    let x = start;
    while (x >= 0 && x < n && state[x] === 0) {
      state[x] = 1;
      path[len++] = x;
      x = parent[x];
    }
    if (x >= 0 && x < n && state[x] === 1) {
      // The walk came back to x: x and everything after it on the path form the cycle.
      cycles++;
      for (let k = len - 1; k >= 0; k--) {
        onCycle[path[k]] = 1;
        members++;
        if (path[k] === x) break;
      }
    }
    for (let k = 0; k < len; k++) state[path[k]] = 2;
  }
  return { onCycle, cycles, members };
}
