import { describe, expect, it } from 'vitest';
import { parseEngineError } from '../../../src/data/engine-error';
import { formatBytes } from '../../../src/format/numbers';
import { checkBudget, MemoryBudgetError } from '../../../workers/engine/memory-budget';
import { SnapshotError } from '../../../src/core/snapshot/errors';
import type { TableSource } from '../../../workers/engine/sources';

const budgetError = (estimate: number, budget: number) =>
  Object.assign(new Error(JSON.stringify({ estimate, budget })), { name: 'MemoryBudget' });

describe('memory-budget offer formatting', () => {
  it('carries real sizes to the offer', () => {
    const e = parseEngineError(budgetError(5 * 1024 ** 3, 3 * 1024 ** 3));
    expect(e.kind).toBe('budget');
    expect(formatBytes(e.budget!.estimate)).toBe('5.00 GiB');
  });

  it('never offers "needs about null B": a size that is not a number is said plainly', () => {
    for (const bad of [Infinity, NaN]) {
      const e = parseEngineError(budgetError(bad, 1024));
      expect(e.kind).toBe('engine');
      expect(e.budget).toBeUndefined();
      expect(e.message).toContain('could not be estimated');
      expect(e.message).not.toContain('null');
    }
    expect(formatBytes(NaN)).toBe('an unknown size');
    expect(formatBytes(Infinity)).toBe('an unknown size');
  });

  it('estimates from the real sizes, and refuses before a non-finite estimate reaches the offer', () => {
    const tables: TableSource[] = [
      { table: 'posts', file: 'posts.parquet', url: 'https://x.test/posts.parquet' },
    ];
    // A bare URL used to count as 0 bytes; its HEAD size now counts.
    expect(() => checkBudget(null, tables, { budgetBytes: 10_000 }, { posts: 0 })).not.toThrow();
    expect(() => checkBudget(null, tables, { budgetBytes: 10_000 }, { posts: 5_000 })).toThrow(
      MemoryBudgetError,
    );
    expect(() => checkBudget(null, tables, { budgetBytes: 10_000 }, { posts: Infinity })).toThrow(
      SnapshotError,
    );
  });
});
