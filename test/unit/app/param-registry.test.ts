import { describe, expect, it, vi } from 'vitest';
import { intParam, textParam } from '../../../src/state/url-codec';

// A fresh registry per test: the module keeps its registrations.
async function freshRegistry() {
  vi.resetModules();
  return import('../../../src/state/param-registry');
}

describe('permalink parameter registry', () => {
  it('collects every owner in registration order', async () => {
    const { registerParams, sealedParams } = await freshRegistry();
    registerParams('a', { a_x: intParam(0, 9, 1) });
    registerParams('b', { b_y: textParam(10) });
    expect(Object.keys(sealedParams())).toEqual(['a_x', 'b_y']);
  });

  it('refuses a name another owner already uses', async () => {
    const { registerParams } = await freshRegistry();
    registerParams('the app', { view: textParam(10) });
    expect(() => registerParams('the x view', { view: textParam(5) })).toThrow(
      'Link parameter "view" of the x view is already used by the app.',
    );
  });

  it('refuses registrations after the link was read', async () => {
    const { registerParams, sealedParams } = await freshRegistry();
    sealedParams();
    expect(() => registerParams('late', { l_z: textParam(5) })).toThrow(/after the link was read/);
  });

  it('has no inherited members', async () => {
    const { sealedParams } = await freshRegistry();
    expect('constructor' in sealedParams()).toBe(false);
  });
});

describe('the app permalink', () => {
  it('holds the core and every view parameters once the views are imported', async () => {
    vi.resetModules();
    await import('../../../src/views/index');
    const { appParams } = await import('../../../src/state/permalink');
    const keys = Object.keys(appParams());
    for (const key of ['view', 'ds', 'cv_unit', 'ag_agent', 'nw_cam', 'ex_q']) expect(keys).toContain(key);
  });
});
