import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enumParam, intParam } from '../../../src/state/url-codec';
import { UrlSync } from '../../../src/state/url-sync.svelte';

/** The address bar and session history as the browser keeps them, for a node test. */
function fakeBrowser() {
  const entries: string[] = ['/app/'];
  let index = 0;
  const location = {
    pathname: '/app/',
    hash: '',
    get search() {
      const u = entries[index];
      return u.includes('?') ? u.slice(u.indexOf('?')) : '';
    },
  };
  const history = {
    state: null,
    pushState(_s: unknown, _t: string, url: string) {
      entries.splice(index + 1, entries.length, url);
      index++;
    },
    replaceState(_s: unknown, _t: string, url: string) {
      entries[index] = url;
    },
    back() {
      index--;
    },
  };
  return { entries, location, history, current: () => entries[index] };
}

const SPEC = {
  view: enumParam(['a', 'b', 'c'] as const, 'a'),
  k: intParam(1, 100, 10),
};

describe('UrlSync history entries', () => {
  let browser: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    browser = fakeBrowser();
    Object.assign(globalThis, { location: browser.location, history: browser.history });
  });
  afterEach(() => {
    delete (globalThis as { location?: unknown }).location;
    delete (globalThis as { history?: unknown }).history;
  });

  it('a change of an entry key is a new entry; other changes replace the current one', () => {
    const sync = new UrlSync(SPEC, '', ['view']);
    sync.state.k = 20;
    sync.write();
    expect(browser.entries).toEqual(['/app/?k=20']);
    sync.state.view = 'b';
    sync.write();
    sync.state.k = 30;
    sync.write();
    expect(browser.entries).toEqual(['/app/?k=20', '/app/?view=b&k=30']);
  });

  it('Back: the entry read from the address bar is tidied in place, not pushed again', () => {
    const sync = new UrlSync(SPEC, '', ['view']);
    sync.state.view = 'b';
    sync.write();
    sync.state.view = 'c';
    sync.write();
    expect(browser.entries).toHaveLength(3);
    browser.history.back();
    sync.read(browser.location.search, { fromAddressBar: true });
    expect(sync.state.view).toBe('b');
    sync.write();
    expect(browser.entries).toEqual(['/app/', '/app/?view=b', '/app/?view=c']);
    expect(browser.current()).toBe('/app/?view=b');
  });

  it('a link read by the app (not from history) replaces the entry', () => {
    const sync = new UrlSync(SPEC, '', ['view']);
    sync.read('?view=c&k=5');
    sync.write();
    expect(browser.entries).toEqual(['/app/?view=c&k=5']);
  });

  it('pushes nothing when it may not (an embedded page)', () => {
    const sync = new UrlSync(SPEC, '', ['view'], () => false);
    sync.state.view = 'b';
    sync.write();
    expect(browser.entries).toEqual(['/app/?view=b']);
  });
});
