import { describe, expect, it } from 'vitest';
import { dayNumbers, offsetRange } from '../../../src/views/convergence/compare-range';
import { decodeState } from '../../../src/state/url-codec';
import '../../../src/views/index';
import { appParams } from '../../../src/state/permalink';

const APP_PARAMS = appParams();

const DAY = 86_400_000;
const P0 = Date.UTC(2026, 0, 28); // primary's first day
const C0 = Date.UTC(2026, 1, 10); // comparison's first day

describe('compare mode: date filter by day offset', () => {
  it('moves days 3..5 of the primary to days 3..5 of the comparison', () => {
    const range: [number, number] = [P0 + 2 * DAY, P0 + 5 * DAY];
    expect(offsetRange(range, P0, C0)).toEqual([C0 + 2 * DAY, C0 + 5 * DAY]);
    expect(dayNumbers(range, P0)).toEqual([3, 5]);
  });
  it('keeps open ends open and no filter as no filter', () => {
    // From "the beginning" (app filter start 0) to the end of day 4.
    const r = offsetRange([0, P0 + 4 * DAY], P0, C0)!;
    expect(r[0]).toBe(0);
    expect(r[1]).toBe(C0 + 4 * DAY);
    expect(offsetRange(null, P0, C0)).toBeNull();
    expect(dayNumbers([0, P0 + 4 * DAY], P0)).toEqual([1, 4]);
  });
});

describe('compare mode permalink', () => {
  it('accepts a catalogue id and drops anything else', () => {
    expect(decodeState('?cv_compare=synthetic-socializing-small', APP_PARAMS).state.cv_compare).toBe(
      'synthetic-socializing-small',
    );
    const bad = decodeState('?cv_compare=https://evil.example/x', APP_PARAMS);
    expect(bad.state.cv_compare).toBe('');
    expect(bad.dropped).toContain('cv_compare');
  });
});
