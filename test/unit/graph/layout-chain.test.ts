import { describe, expect, it } from 'vitest';
import { LayoutChain } from '../../../workers/layout/layout-chain.ts';
import type { LayoutRequest, LayoutResult, LayoutStep } from '../../../src/core/layout-protocol.ts';

/** A seeded random directed graph over the given agents (mulberry32). */
function graph(names: string[], edges: number, seed: number) {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pairs = new Map<string, number>();
  while (pairs.size < edges) {
    const a = Math.floor(rnd() * names.length);
    const b = Math.floor(rnd() * names.length);
    if (a !== b) pairs.set(`${a},${b}`, 1 + Math.floor(rnd() * 3));
  }
  const list = [...pairs].map(([k, w]) => [...k.split(',').map(Number), w]);
  return {
    names,
    src: Int32Array.from(list, (e) => e[0]),
    dst: Int32Array.from(list, (e) => e[1]),
    weight: Float64Array.from(list, (e) => e[2]),
  };
}

const agents = Array.from({ length: 40 }, (_, i) => `agent-${String(i).padStart(2, '0')}`);
// Day 1 lacks agent-00..09; they are back on day 2.
const GRAPHS: Record<string, ReturnType<typeof graph>> = {
  anchor: graph(agents, 160, 1),
  d0: graph(agents, 90, 2),
  d1: graph(agents.slice(10), 70, 3),
  d2: graph(agents, 90, 4),
};
const DAYS = [0, 86_400_000, 2 * 86_400_000];
const key = (s: LayoutStep) => (s === 'anchor' ? 'anchor' : `d${DAYS.indexOf(s)}`);

function run(chain: LayoutChain, step: LayoutStep, from: LayoutStep | null, iterations: number, id = 1) {
  const g = GRAPHS[key(step)];
  const req: LayoutRequest = {
    id,
    chainKey: 'k',
    step,
    from,
    names: g.names,
    src: g.src.slice(),
    dst: g.dst.slice(),
    weight: g.weight.slice(),
    nodeBudget: 1000,
    edgeBudget: 10_000,
    seed: 1,
    iterations,
  };
  return chain.run(req);
}

/** anchor → day 0 → … → day k, as the network view asks for it. */
function chainTo(chain: LayoutChain, k: number, iterations: number): LayoutResult {
  let out = run(chain, 'anchor', null, iterations);
  let from: LayoutStep = 'anchor';
  for (let i = 0; i <= k; i++) {
    out = run(chain, DAYS[i], from, iterations);
    from = DAYS[i];
  }
  return out;
}

const at = (r: LayoutResult, name: string) => {
  const i = r.names.indexOf(name);
  return [r.x[i], r.y[i]];
};

describe('the warm-start chain', () => {
  it('starts each day from the day before, and an absent agent from where it was last', () => {
    // With no iterations a layout is its start: positions must be carried over exactly. Day 0 moves
    // away from the whole-range layout, so starting from the anchor instead would show.
    const chain = new LayoutChain();
    const d0 = chainTo(chain, 0, 60);
    const d1 = run(chain, DAYS[1], DAYS[0], 0);
    const d2 = run(chain, DAYS[2], DAYS[1], 0);
    for (const name of ['agent-15', 'agent-30']) {
      expect(at(d1, name)).toEqual(at(d0, name));
      expect(at(d2, name)).toEqual(at(d1, name));
    }
    expect(d1.names).not.toContain('agent-03');
    expect(at(d2, 'agent-03')).toEqual(at(d0, 'agent-03'));
  });

  it('gives a day the same picture however it is reached', () => {
    const direct = chainTo(new LayoutChain(), 2, 60);
    // The same chain in a worker that laid out another dataset first and then played every day.
    const chain = new LayoutChain();
    const d1 = GRAPHS.d1;
    chain.run({
      id: 9,
      chainKey: 'other',
      step: 'anchor',
      from: null,
      names: d1.names,
      src: d1.src.slice(),
      dst: d1.dst.slice(),
      weight: d1.weight.slice(),
      nodeBudget: 5,
      edgeBudget: 10,
      seed: 2,
      iterations: 5,
    });
    chainTo(chain, 1, 60);
    const played = chainTo(chain, 2, 60);
    expect(played.names).toEqual(direct.names);
    expect(Array.from(played.x)).toEqual(Array.from(direct.x));
    expect(Array.from(played.y)).toEqual(Array.from(direct.y));
    // And the day differs from one laid out straight from the whole range (the warm start matters).
    const fromAnchor = new LayoutChain();
    run(fromAnchor, 'anchor', null, 60);
    const skipped = run(fromAnchor, DAYS[2], 'anchor', 60);
    expect(Array.from(skipped.x)).not.toEqual(Array.from(direct.x));
  });

  it('refuses a step whose start it does not hold', () => {
    const chain = new LayoutChain();
    run(chain, 'anchor', null, 0);
    expect(() => run(chain, DAYS[1], DAYS[0], 0)).toThrow(/not known/);
  });
});
