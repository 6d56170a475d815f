import { cancelConsoleQuery, consoleQuery } from '../../data/client';
import type { QueryResult } from '../../core/worker-api';
import { checkReadOnly } from './read-only';

/** Largest result kept for the grid and CSV; Parquet export re-runs the statement in full. */
export const CONSOLE_MAX_ROWS = 100_000;

/** Runs console statements one at a time: refuses writes, shows errors, can be cancelled. */
export class ConsoleRunner {
  result = $state.raw<QueryResult | null>(null);
  /** The statement the result belongs to (exports use it). */
  ran = $state('');
  error = $state<{ kind: 'refused' | 'engine' | 'cancelled'; message: string } | null>(null);
  running = $state(false);
  #seq = 0;

  async run(text: string): Promise<void> {
    const verdict = checkReadOnly(text);
    const seq = ++this.#seq;
    if (!verdict.ok) {
      this.error = { kind: 'refused', message: verdict.reason };
      this.result = null;
      this.running = false;
      return;
    }
    this.running = true;
    this.error = null;
    try {
      const r = await consoleQuery(verdict.sql, CONSOLE_MAX_ROWS);
      if (seq !== this.#seq) return;
      this.result = r;
      this.ran = verdict.sql;
    } catch (e) {
      if (seq !== this.#seq) return;
      const message = (e as { message?: string }).message ?? String(e);
      const cancelled = /interrupt|cancel/i.test(message);
      this.error = {
        kind: cancelled ? 'cancelled' : 'engine',
        message: cancelled ? 'The query was cancelled.' : message,
      };
      this.result = null;
    } finally {
      if (seq === this.#seq) this.running = false;
    }
  }

  async cancel(): Promise<void> {
    if (!this.running) return;
    await cancelConsoleQuery();
    // Whatever the engine does with the interrupted statement, its answer is no longer wanted.
    this.#seq++;
    this.running = false;
    this.error = { kind: 'cancelled', message: 'The query was cancelled.' };
  }
}
