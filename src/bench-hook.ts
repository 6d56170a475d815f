import { tick } from 'svelte';
import { diagnostic, frameInfo, lastLoadResult, query } from './data/client';
import type { AppState } from './state/app.svelte';
import { appParams } from './state/permalink';
import { decodeState, encodeState } from './state/url-codec';
import { ConsoleRunner } from './views/explore/console-runner.svelte';

/**
 * The benchmark (test/bench) times the engine from outside the page through this handle, and the
 * hostile-link test (test/e2e/hostile-links.spec.ts) feeds links to the running app through it.
 * It exposes nothing a page script could not already do through the UI or the address bar.
 */
export function installBenchHook(): void {
  (globalThis as unknown as { __moltscope: unknown }).__moltscope = {
    diagnostic,
    frameInfo,
    query,
    lastLoadResult,
    consoleRun,
  };
}

/**
 * Runs one statement as the SQL console does (the same runner: its read-only check, the worker's
 * console connection, its classification of errors), without the typing and clicking: the security
 * test sends hundreds of statements this way, and the issue's own bypasses through the console UI.
 */
async function consoleRun(sql: string): Promise<{ kind: string; text: string }> {
  const runner = new ConsoleRunner();
  await runner.run(sql);
  if (runner.error) return { kind: runner.error.kind, text: runner.error.message };
  return { kind: 'result', text: `${runner.result?.rows.length ?? 0} rows` };
}

/** What one link did to the running app (see `checkLink`). */
export interface LinkCheck {
  /** Parameters the app could not use, in the order the decoder names them. */
  dropped: string[];
  /** The app's notices after the link was applied (cleared before). */
  notices: string[];
  /** Text of the notices panel as drawn (embed mode draws none). */
  shown: string;
  embed: boolean;
  /** The view drawn (main[data-view]). */
  view: string;
  /** The state read from the link, as JSON. */
  state: string;
  /** The app's state once the link was applied and the view drawn, as JSON. */
  applied: string;
  /** The address bar after the URL writer ran, and what reading it back gives. */
  written: string;
  rereadDropped: string[];
  rereadState: string;
  reencoded: string;
  /** Scripts, handler attributes or script URLs in the page that were not there before. */
  injected: string[];
  /** Uncaught errors and rejections while this link was the current one. */
  errors: string[];
}

/** Called by App.svelte once the app state exists: lets the link test drive it. */
export function exposeApp(app: AppState): void {
  const hook = (globalThis as unknown as { __moltscope: Record<string, unknown> }).__moltscope;
  if (!hook) return;
  const errors: string[] = [];
  const record = (msg: string) => errors.push(msg);
  addEventListener('error', (e) => record(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) =>
    record(`rejection: ${String(e.reason?.message ?? e.reason)}`),
  );
  const scriptsBefore = document.scripts.length;
  hook.links = {
    keys: () => Object.keys(appParams()),
    /** The dataset open: `{ id }` bundled, `{ url }` by link, `{ files }` dropped; null while none. */
    source: () => (app.dataset.current ? app.dataset.source : null),
    /** What `injected` finds in the page as it is now (after a real page load of a link). */
    scan: () => injected(scriptsBefore),
    /**
     * Applies a link's query string to the running app as a page load would read it, lets the
     * view and the URL writer react, and reports what happened.
     */
    async check(search: string): Promise<LinkCheck> {
      errors.length = 0;
      app.notices = [];
      app.applyLink(search);
      const read = decodeState(search, appParams());
      await tick();
      // One macrotask: effects scheduled by the view's first render run before the report.
      await new Promise((r) => setTimeout(r, 0));
      await tick();
      const written = location.search;
      const reread = decodeState(written, appParams());
      return {
        dropped: read.dropped,
        notices: [...app.notices],
        shown: document.querySelector('[data-testid="notices"]')?.textContent ?? '',
        embed: app.url.state.embed,
        view: document.querySelector('main')?.dataset.view ?? '',
        state: JSON.stringify(read.state),
        applied: JSON.stringify(app.url.state),
        written,
        rereadDropped: reread.dropped,
        rereadState: JSON.stringify(reread.state),
        reencoded: encodeState(reread.state, appParams()),
        injected: injected(scriptsBefore),
        errors: [...errors],
      };
    },
  };
}

/** Anything in the document that could run script and that the app never makes itself. */
function injected(scriptsBefore: number): string[] {
  const found: string[] = [];
  if (document.scripts.length !== scriptsBefore)
    found.push(`${document.scripts.length - scriptsBefore} script element(s)`);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) found.push(`<${el.localName} ${name}>`);
      else if ((name === 'href' || name === 'src' || name === 'action') && value.startsWith('javascript:'))
        found.push(`<${el.localName} ${name}="${attr.value.slice(0, 40)}">`);
    }
  }
  if (document.querySelector('iframe, object, embed')) found.push('iframe/object/embed');
  if ((globalThis as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned');
  return found;
}
