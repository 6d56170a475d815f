import { describe, expect, it } from 'vitest';
import { orderThread } from '../../../src/core/queries/thread-order';

describe('orderThread', () => {
  it('puts replies under their parent, siblings by time, depth from 1, orphans flagged', () => {
    const rows = [
      { id: 'b', parent_id: null, t: 2 },
      { id: 'a2', parent_id: 'a', t: 5 },
      { id: 'a', parent_id: null, t: 1 },
      { id: 'a1', parent_id: 'a', t: 3 },
      { id: 'a1x', parent_id: 'a1', t: 4 },
      { id: 'o', parent_id: 'gone', t: 0 },
    ];
    const out = orderThread(rows);
    expect(out.map((r) => `${r.id}:${r.depth}${r.orphan ? '!' : ''}`)).toEqual([
      'o:1!',
      'a:1',
      'a1:2',
      'a1x:3',
      'a2:2',
      'b:1',
    ]);
  });

  it('keeps every comment of a 100,000-deep chain', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({
      id: `c${i}`,
      parent_id: i ? `c${i - 1}` : null,
      t: i,
    }));
    const out = orderThread(rows.slice().reverse());
    expect(out).toHaveLength(100_000);
    expect(out[99_999]).toMatchObject({ id: 'c99999', depth: 100_000 });
  });

  it('shows comments caught in a cycle instead of hiding them', () => {
    const out = orderThread([
      { id: 'x', parent_id: 'y', t: 1 },
      { id: 'y', parent_id: 'x', t: 2 },
    ]);
    expect(out.map((r) => r.id)).toEqual(['x', 'y']);
  });
});
