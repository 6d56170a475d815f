import { describe, expect, it } from 'vitest';
import { thinBuckets, thinPairs } from '../../../src/core/findings/thin-points';

describe('thin points', () => {
  // The real sample's first days: 3, 15, 1,290 and 412 posts.
  const counts = [3, 15, 1290, 412];

  it('flags each bucket below the minimum, and only those', () => {
    expect(thinBuckets(counts, 100)).toEqual([true, true, false, false]);
    expect(thinBuckets(counts, 3)).toEqual([false, false, false, false]);
  });

  it('flags a comparison of two buckets when either is below the minimum', () => {
    expect(thinPairs(counts, 100)).toEqual([false, true, true, false]);
    expect(thinPairs([500, 20, 500], 100)).toEqual([false, true, true]);
    expect(thinPairs([], 100)).toEqual([]);
  });
});
