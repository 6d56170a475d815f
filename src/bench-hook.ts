import { diagnostic, frameInfo, lastLoadResult, query } from './data/client';

/**
 * The benchmark (test/bench) times the engine from outside the page through this handle. It
 * exposes nothing a page script could not already do through the UI.
 */
export function installBenchHook(): void {
  (globalThis as unknown as { __moltscope: unknown }).__moltscope = {
    diagnostic,
    frameInfo,
    query,
    lastLoadResult,
  };
}
