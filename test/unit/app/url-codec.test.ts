import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../../src/state/url-codec';
import '../../../src/views/index';
import { appParams } from '../../../src/state/permalink';

const APP_PARAMS = appParams();

describe('permalink codec', () => {
  it('round-trips a full state and writes no defaults', () => {
    const { state, dropped } = decodeState(
      '?view=network&from=2026-01-29&to=2026-01-31&submolt=general,crypto',
      APP_PARAMS,
    );
    expect(dropped).toEqual([]);
    expect(state.view).toBe('network');
    expect(state.from).toBe(Date.UTC(2026, 0, 29));
    expect(state.submolt).toEqual(['general', 'crypto']);
    expect(encodeState(state, APP_PARAMS)).toBe(
      '?view=network&from=2026-01-29&to=2026-01-31&submolt=general%2Ccrypto',
    );
    expect(encodeState(decodeState('', APP_PARAMS).state, APP_PARAMS)).toBe('');
  });

  it('drops bad values and unknown keys, keeping defaults', () => {
    const { state, dropped } = decodeState(
      "?view=%3Cscript%3E&from=2026-02-30&to=9999999999999&submolt=a'%3B%20DROP%20TABLE%20posts%3B--&ds=../../etc&data=javascript:alert(1)&zz=1",
      APP_PARAMS,
    );
    expect(state.view).toBe('findings');
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(state.ds).toBe('');
    expect(state.data).toBe('');
    // A submolt name is data, not SQL: it is kept as a string and escaped wherever it is used.
    expect(state.submolt).toEqual(["a'; DROP TABLE posts;--"]);
    expect(dropped.sort()).toEqual(['data', 'ds', 'from', 'to', 'view', 'zz']);
  });

  it('refuses over-long parameters', () => {
    const { dropped } = decodeState(`?submolt=${'x'.repeat(5000)}`, APP_PARAMS);
    expect(dropped).toEqual(['submolt']);
  });
});
