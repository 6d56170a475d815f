import { describe, expect, it } from 'vitest';
import { estimateMemory, memoryBudget } from '../../../src/core/snapshot/estimate';

const PAPER = [
  { table: 'posts' as const, bytes: 60e6, rows: 290_251 },
  { table: 'comments' as const, bytes: 110e6, rows: 1_836_711 },
  { table: 'embeddings' as const, bytes: 40e6, rows: 2_126_962 },
];

describe('memory estimate', () => {
  it('grows with the files and shrinks with every subset', () => {
    const whole = estimateMemory(PAPER, 64);
    // 4 × 170 MB of tables + 2 × 40 MB + 2.1M × 64 × 4 B of vectors + 2.1M × 80 B of frame ≈ 1.48 GB.
    expect(whole / 1e9).toBeCloseTo(0.68 + 0.08 + 0.5445 + 0.1701, 1);
    expect(estimateMemory(PAPER, 64, { skipText: true })).toBeLessThan(whole);
    expect(estimateMemory(PAPER, 64, { skipCommentVectors: true })).toBeLessThan(whole);
    expect(estimateMemory(PAPER, 64, { samplePosts: 10 })).toBeCloseTo(whole / 10, -6);
  });

  it('counts the decoded n-gram index, except for a sample it would not be read for', () => {
    const withIndex = [...PAPER, { table: 'ngrams' as const, bytes: 19e6, rows: 6_400_767 }];
    expect(estimateMemory(withIndex, 64) - estimateMemory(PAPER, 64)).toBeCloseTo(19e6 * 7.1, -3);
    expect(estimateMemory(withIndex, 64, { samplePosts: 10 })).toBe(
      estimateMemory(PAPER, 64, { samplePosts: 10 }),
    );
  });

  it('budgets half the device memory, at most 3 GB (32-bit wasm)', () => {
    expect(memoryBudget(4)).toBe(2 * 1024 ** 3);
    expect(memoryBudget(16)).toBe(3 * 1024 ** 3);
    expect(memoryBudget(undefined)).toBe(2 * 1024 ** 3);
  });
});
