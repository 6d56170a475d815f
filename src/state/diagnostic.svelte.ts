import { primaryEngine, type EngineClient } from '../data/client';
import type { EngineError } from '../data/engine-error';
import type { DiagnosticId, DiagnosticParams, DiagnosticResult } from '../core/diagnostics';
import type { DataFilter } from '../core/queries/filters';
import { LatestRun } from './latest-run';

type Args<K extends DiagnosticId> = { params: DiagnosticParams<K>; filter: DataFilter };

/**
 * A component's declared need for one diagnostic: re-runs in the worker when the parameters or
 * filter change, keeps only the newest answer (runs it superseded are never sent: see LatestRun).
 * Create during component initialisation. `engine` is the app's dataset unless a view compares
 * against a second one.
 */
export class DiagnosticResource<K extends DiagnosticId> {
  data = $state.raw<DiagnosticResult<K> | null>(null);
  error = $state.raw<EngineError | null>(null);
  loading = $state(false);
  /** Wall time of the last run as seen from the page (worker compute + transfer). */
  millis = $state(0);
  #started = 0;

  constructor(id: K, args: () => Args<K> | null, engine: EngineClient = primaryEngine) {
    const runs = new LatestRun<Args<K>, DiagnosticResult<K>>(
      (a) => {
        this.#started = performance.now();
        return engine.diagnostic(id, a.params, a.filter);
      },
      (outcome) => {
        if (outcome.ok) {
          this.data = outcome.value;
          this.error = null;
          this.millis = performance.now() - this.#started;
        } else {
          this.error = outcome.error as EngineError;
        }
        this.loading = false;
      },
    );
    $effect(() => {
      const a = args();
      if (!a) return;
      this.loading = true;
      runs.request({
        params: $state.snapshot(a.params) as DiagnosticParams<K>,
        filter: $state.snapshot(a.filter) as DataFilter,
      });
    });
  }
}
