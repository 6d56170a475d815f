import { describe, expect, it } from 'vitest';
import { findReplyCycles } from '../../../src/core/snapshot/reply-cycles';

/** A plain reference: i is on a cycle when following parents from i returns to i. */
function reference(parent: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < parent.length; i++) {
    let x = parent[i];
    for (let steps = 0; x >= 0 && steps <= parent.length; steps++) {
      if (x === i) {
        out.push(i);
        break;
      }
      x = parent[x];
    }
  }
  return out;
}

const members = (onCycle: Uint8Array) => [...onCycle.keys()].filter((i) => onCycle[i]);

describe('findReplyCycles', () => {
  it('finds a 300-comment cycle (longer than any walk limit) and leaves its replies alone', () => {
    const n = 1000;
    const parent = new Int32Array(n).fill(-1);
    for (let i = 0; i < 300; i++) parent[i] = (i + 1) % 300; // 0→1→…→299→0
    for (let i = 300; i < 400; i++) parent[i] = i - 300; // replies hanging off the cycle
    for (let i = 401; i < n; i++) parent[i] = i - 1; // a 600-deep chain under 400
    const r = findReplyCycles(parent);
    expect(r.cycles).toBe(1);
    expect(r.members).toBe(300);
    expect(members(r.onCycle)).toEqual([...Array(300).keys()]);
  });

  it('handles a 100,000-deep chain, self-replies and several cycles', () => {
    const n = 100_000;
    const parent = new Int32Array(n);
    for (let i = 0; i < n; i++) parent[i] = i - 1;
    expect(findReplyCycles(parent).members).toBe(0);
    const small = Int32Array.from([0, 2, 1, 1, 5, 6, 4, -1, 99]);
    const r = findReplyCycles(small);
    expect(r.cycles).toBe(3);
    expect(members(r.onCycle)).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it('agrees with a plain reference on random parent arrays (seeded)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rand() * 40);
      const parent = Array.from({ length: n }, () => (rand() < 0.2 ? -1 : Math.floor(rand() * n)));
      const r = findReplyCycles(Int32Array.from(parent));
      expect(members(r.onCycle)).toEqual(reference(parent));
      expect(r.members).toBe(reference(parent).length);
    }
  });
});
