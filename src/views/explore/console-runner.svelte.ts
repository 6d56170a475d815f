import { cancelConsoleQuery, consoleQuery } from '../../data/client';
import type { QueryResult } from '../../core/worker-api';
import { NO_FILTER, type DataFilter } from '../../core/queries/filters';
import { checkReadOnly } from './read-only';
import { refusalReason } from '../../core/sql/console-refusal';

/**
 * Largest result kept for the grid and CSV: the engine stops reading the result there. Parquet
 * export re-runs the statement in full, streamed to the file.
 */
export const CONSOLE_MAX_ROWS = 100_000;

/** Runs console statements one at a time: refuses writes, shows errors, can be cancelled. */
export class ConsoleRunner {
  result = $state.raw<QueryResult | null>(null);
  /** The statement the result belongs to (exports use it). */
  ran = $state('');
  /** The filter the console's filtered views followed for that result. */
  ranFilter = $state.raw<DataFilter>(NO_FILTER);
  error = $state<{ kind: 'refused' | 'engine' | 'cancelled'; message: string } | null>(null);
  running = $state(false);
  #seq = 0;

  async run(text: string, appFilter: DataFilter = NO_FILTER): Promise<void> {
    // A plain copy: the app's filter holds reactive proxies, which cannot go to the worker.
    const filter: DataFilter = {
      range: appFilter.range ? [appFilter.range[0], appFilter.range[1]] : null,
      submolts: [...appFilter.submolts],
    };
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
      const r = await consoleQuery(verdict.sql, CONSOLE_MAX_ROWS, filter);
      if (seq !== this.#seq) return;
      this.result = r;
      this.ran = verdict.sql;
      this.ranFilter = filter;
    } catch (e) {
      if (seq !== this.#seq) return;
      const message = (e as { message?: string }).message ?? String(e);
      const refused = refusalReason(message);
      const cancelled = !refused && /interrupt|cancel/i.test(message);
      this.error = refused
        ? { kind: 'refused', message: refused }
        : {
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
