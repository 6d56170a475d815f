import { query } from '../data/client';
import type { EngineError } from '../data/engine-error';
import type { QueryResult } from '../core/worker-api';
import { LatestRun } from './latest-run';

/**
 * A component's declared data need: give it a function that returns the SQL (or null to wait), and
 * it re-runs when that SQL changes, keeping only the newest answer (superseded runs are never sent). Create it during component
 * initialisation (it uses $effect).
 */
export class QueryResource<T> {
  data = $state.raw<T | null>(null);
  error = $state.raw<EngineError | null>(null);
  loading = $state(false);

  constructor(sql: () => string | null, map: (r: QueryResult) => T) {
    const runs = new LatestRun<string, QueryResult>(
      (text) => query(text),
      (outcome) => {
        if (outcome.ok) {
          this.data = map(outcome.value);
          this.error = null;
        } else {
          this.error = outcome.error as EngineError;
        }
        this.loading = false;
      },
    );
    $effect(() => {
      const text = sql();
      if (text === null) return;
      this.loading = true;
      runs.request(text);
    });
  }
}

/** Rows as objects keyed by column name. */
export function objects<T>(r: QueryResult): T[] {
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])) as T);
}
