import { describe, expect, it } from 'vitest';
import { pickEgoLabels, strongestTies } from '../../../src/graph/ego-labels';

describe('ego-network labels', () => {
  it('ranks ties by comments both ways, then by name', () => {
    const edges = [
      { source: 'me', target: 'b', weight: 2 },
      { source: 'c', target: 'me', weight: 5 },
      { source: 'b', target: 'me', weight: 4 },
      { source: 'a', target: 'me', weight: 5 },
      { source: 'x', target: 'y', weight: 99 },
    ];
    expect(strongestTies(edges, 'me', 3)).toEqual(['b', 'a', 'c']);
    expect(strongestTies(edges, 'me', 1)).toEqual(['b']);
  });

  it('keeps a label only where it overlaps no kept label and no node', () => {
    const me = { key: 'me', x: 100, y: 100, size: 5, label: 'me' };
    const candidates = [
      // Right next to the selected agent, on its label's line: dropped.
      { key: 'close', x: 104, y: 102, size: 3, label: 'close' },
      // Far below: kept.
      { key: 'far', x: 100, y: 200, size: 3, label: 'far' },
      // Just under "far", its label would cover far's: dropped.
      { key: 'under', x: 102, y: 205, size: 3, label: 'under' },
      // Far right: kept.
      { key: 'right', x: 400, y: 100, size: 3, label: 'right' },
    ];
    expect(pickEgoLabels(me, candidates, 14)).toEqual(['far', 'right']);
    // No labelled boxes intersect.
    expect(pickEgoLabels(null, [candidates[1], candidates[2]], 14)).toEqual(['far']);
  });
});
