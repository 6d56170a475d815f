import { primaryEngine, type EngineClient } from '../data/client';
import type { EngineError } from '../data/engine-error';
import type { DiagnosticId, DiagnosticParams, DiagnosticResult } from '../core/diagnostics';
import type { DataFilter } from '../core/queries/filters';

/**
 * A component's declared need for one diagnostic: re-runs in the worker when the parameters or
 * filter change, keeps only the newest answer. Create during component initialisation. `engine`
 * is the app's dataset unless a view compares against a second one.
 */
export class DiagnosticResource<K extends DiagnosticId> {
  data = $state.raw<DiagnosticResult<K> | null>(null);
  error = $state.raw<EngineError | null>(null);
  loading = $state(false);
  /** Wall time of the last run as seen from the page (worker compute + transfer). */
  millis = $state(0);
  #seq = 0;

  constructor(
    id: K,
    args: () => { params: DiagnosticParams<K>; filter: DataFilter } | null,
    engine: EngineClient = primaryEngine,
  ) {
    $effect(() => {
      const a = args();
      if (!a) return;
      const seq = ++this.#seq;
      const started = performance.now();
      this.loading = true;
      engine
        .diagnostic(
          id,
          $state.snapshot(a.params) as DiagnosticParams<K>,
          $state.snapshot(a.filter) as DataFilter,
        )
        .then(
          (r) => {
            if (seq !== this.#seq) return;
            this.data = r;
            this.error = null;
            this.loading = false;
            this.millis = performance.now() - started;
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
