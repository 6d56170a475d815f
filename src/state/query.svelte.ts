import { query } from '../data/client';
import type { EngineError } from '../data/engine-error';
import type { QueryResult } from '../core/worker-api';

/**
 * A component's declared data need: give it a function that returns the SQL (or null to wait), and
 * it re-runs when that SQL changes, keeping only the newest answer. Create it during component
 * initialisation (it uses $effect).
 */
export class QueryResource<T> {
  data = $state.raw<T | null>(null);
  error = $state.raw<EngineError | null>(null);
  loading = $state(false);
  #seq = 0;

  constructor(sql: () => string | null, map: (r: QueryResult) => T) {
    $effect(() => {
      const text = sql();
      if (text === null) return;
      const seq = ++this.#seq;
      this.loading = true;
      query(text).then(
        (r) => {
          if (seq !== this.#seq) return; // a newer request superseded this one
          this.data = map(r);
          this.error = null;
          this.loading = false;
        },
        (e: EngineError) => {
          if (seq !== this.#seq) return;
          this.error = e;
          this.loading = false;
        },
      );
    });
  }
}

/** Rows as objects keyed by column name. */
export function objects<T>(r: QueryResult): T[] {
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])) as T);
}
