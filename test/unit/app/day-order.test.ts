import { describe, expect, it } from 'vitest';
import { dayRange, orderDays } from '../../../src/state/day-order';
import { decodeState } from '../../../src/state/url-codec';
import { dayParam } from '../../../src/state/url-codec';

const DAY = 86_400_000;
const d = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('orderDays', () => {
  it('swaps a reversed from/to and says so', () => {
    const s = { from: d('2026-02-03'), to: d('2026-01-28') };
    expect(orderDays(s)).toBe(
      "The link's dates were reversed (from 2026-02-03 is after to 2026-01-28); they were swapped to 2026-01-28 → 2026-02-03.",
    );
    expect(s).toEqual({ from: d('2026-01-28'), to: d('2026-02-03') });
  });

  it('leaves ordered, equal, half-open and unset bounds alone', () => {
    for (const s of [
      { from: d('2026-01-28'), to: d('2026-02-03') },
      { from: d('2026-01-28'), to: d('2026-01-28') },
      { from: d('2026-01-28'), to: null },
      { from: null, to: d('2026-01-28') },
      { from: null, to: null },
    ]) {
      const before = { ...s };
      expect(orderDays(s)).toBeNull();
      expect(s).toEqual(before);
    }
  });

  it('applies to the days a link decodes to', () => {
    const spec = { from: dayParam(), to: dayParam() };
    const { state } = decodeState('?from=2026-01-31&to=2026-01-29', spec);
    expect(orderDays(state)).toMatch(/reversed/);
    expect(dayRange(state, DAY)).toEqual([d('2026-01-29'), d('2026-02-01')]);
  });
});

describe('dayRange', () => {
  it('is end-exclusive over whole days and never negative, even for a reversed state', () => {
    expect(dayRange({ from: d('2026-01-28'), to: d('2026-01-28') }, DAY)).toEqual([
      d('2026-01-28'),
      d('2026-01-29'),
    ]);
    const [lo, hi] = dayRange({ from: d('2026-02-03'), to: d('2026-01-28') }, DAY)!;
    expect(hi - lo).toBe(7 * DAY);
    expect(dayRange({ from: null, to: null }, DAY)).toBeNull();
    expect(dayRange({ from: d('2026-01-28'), to: null }, DAY)).toEqual([
      d('2026-01-28'),
      Date.UTC(2100, 0, 1),
    ]);
    expect(dayRange({ from: null, to: d('2026-01-28') }, DAY)).toEqual([0, d('2026-01-29')]);
  });
});
