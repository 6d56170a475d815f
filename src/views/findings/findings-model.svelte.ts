import type { DiagnosticId, DiagnosticResult } from '../../core/diagnostics';
import { FINDINGS, verdictOf, type FindingId, type Verdict } from '../../core/findings/index';
import type { AppState } from '../../state/app.svelte';
import { DiagnosticResource } from '../../state/diagnostic.svelte';

/** The diagnostics the finding rules read, each run once with its default parameters. */
const USED = [...new Set(FINDINGS.map((f) => f.diagnostic))];

export type CardState =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; verdict: Verdict };

/**
 * One diagnostic run per rule's input, under the app's filter; each finding's verdict from its
 * result. Create during component initialisation (the resources are effects).
 */
export class FindingsModel {
  #resources = new Map<DiagnosticId, DiagnosticResource<DiagnosticId>>();

  constructor(app: AppState) {
    for (const id of USED) {
      this.#resources.set(id, new DiagnosticResource(id, () => ({ params: {}, filter: app.filter })));
    }
  }

  /** The newest result of diagnostic `id`, or null while it has none. */
  result<K extends DiagnosticId>(id: K): DiagnosticResult<K> | null {
    return (this.#resources.get(id)?.data as DiagnosticResult<K> | null | undefined) ?? null;
  }

  /** Every result so far, keyed by diagnostic (for the cards' charts). */
  get results(): { [K in DiagnosticId]?: DiagnosticResult<K> | null } {
    return Object.fromEntries(USED.map((id) => [id, this.result(id)]));
  }

  card(id: FindingId): CardState {
    const diagnostic = FINDINGS.find((f) => f.id === id)!.diagnostic;
    const r = this.#resources.get(diagnostic)!;
    // A stale answer is not shown while a new filter's run is under way.
    if (r.loading || (!r.data && !r.error)) return { state: 'loading' };
    if (r.error) return { state: 'error', message: r.error.message };
    return { state: 'ready', verdict: verdictOf(id, r.data as never) };
  }

  /** Every card has its answer (or its error). */
  get ready(): boolean {
    return [...this.#resources.values()].every((r) => !r.loading && (r.data !== null || r.error !== null));
  }
}
