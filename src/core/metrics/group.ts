/** Grouping of rows by author, each group in time order (ties by row index), as CSR arrays. */
import type { ItemColumns } from '../frame.ts';

export interface AuthorGroups {
  /** Agent index of group g. */
  agent: Int32Array;
  /** Group g spans order[start[g] .. start[g+1]). */
  start: Int32Array;
  /** Row indices, grouped by author and time-ordered within a group. */
  order: Int32Array;
}

/** Groups the given rows by author (rows with unknown author are dropped). */
export function groupByAuthor(items: ItemColumns, rows: ArrayLike<number>): AuthorGroups {
  const kept: number[] = [];
  for (let k = 0; k < rows.length; k++) if (items.author[rows[k]] >= 0) kept.push(rows[k]);
  const order = Int32Array.from(kept);
  const { author, timeMs } = items;
  order.sort((a, b) => author[a] - author[b] || timeMs[a] - timeMs[b] || a - b);
  const agents: number[] = [];
  const starts: number[] = [];
  for (let k = 0; k < order.length; k++) {
    if (k === 0 || author[order[k]] !== author[order[k - 1]]) {
      agents.push(author[order[k]]);
      starts.push(k);
    }
  }
  starts.push(order.length);
  return { agent: Int32Array.from(agents), start: Int32Array.from(starts), order };
}
