import { estimateMemory, type TableSize } from '../../src/core/snapshot/estimate';
import type { Manifest } from '../../src/core/snapshot/manifest';
import type { LoadOptions } from '../../src/core/worker-api';
import type { TableSource } from './sources';

/** The dataset is estimated to need more memory than the tab can give it. */
export class MemoryBudgetError extends Error {
  constructor(
    readonly estimate: number,
    readonly budget: number,
  ) {
    super('dataset over the memory budget');
    this.name = 'MemoryBudget';
  }
}

/** Refuses a load estimated over budget unless the user forced it or chose a subset (a choice
 * the user made knowing the estimate is theirs to make). */
export function checkBudget(manifest: Manifest | null, tables: TableSource[], options: LoadOptions): void {
  const chose =
    options.force || options.skipText || options.skipCommentVectors || (options.samplePosts ?? 0) > 1;
  if (chose || !options.budgetBytes) return;
  const sizes: TableSize[] = tables.map((t) => {
    const entry = manifest?.files[t.table];
    const bytes = 'blob' in t ? t.blob.size : (entry?.bytes ?? (entry?.rows ?? 0) * 120);
    return { table: t.table, bytes, rows: entry?.rows ?? Math.round(bytes / 100) };
  });
  const estimate = estimateMemory(sizes, manifest?.embedding?.dimensions ?? 64, options);
  if (estimate > options.budgetBytes) throw new MemoryBudgetError(estimate, options.budgetBytes);
}
