import type { DiagnosticId, DiagnosticResult } from '../../core/diagnostics';
import { sameAnswer, storedVerdict } from '../../core/findings/answers';
import { FINDINGS, verdictOf, type FindingId, type Verdict } from '../../core/findings/index';
import type { AppState } from '../../state/app.svelte';
import { REFERENCE_SOCIETY } from '../../state/dataset.svelte';
import { DiagnosticResource } from '../../state/diagnostic.svelte';

/** The diagnostics the finding rules read, each run once with its default parameters. */
const USED = [...new Set(FINDINGS.map((f) => f.diagnostic))];

/**
 * How a live answer stands to the one stored with the snapshot: it confirms it, it replaced a
 * stale one (which is kept to say what it claimed), or there was none to compare.
 */
export type StoredCheck = { kind: 'confirmed' } | { kind: 'stale'; stored: Verdict } | { kind: 'none' };

export type CardState =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  /** The answer stored with the snapshot, shown until the loaded data confirms or replaces it. */
  | { state: 'stored'; verdict: Verdict; version: string }
  | { state: 'ready'; verdict: Verdict; check: StoredCheck };

/**
 * One diagnostic run per rule's input, under the app's filter; each finding's verdict from its
 * result. Before the engine has loaded (and whenever no filter is set), the answers stored with
 * the snapshot stand in, marked as such. Create during component initialisation.
 */
export class FindingsModel {
  #app: AppState;
  #resources = new Map<DiagnosticId, DiagnosticResource<DiagnosticId>>();

  constructor(app: AppState) {
    this.#app = app;
    for (const id of USED) {
      this.#resources.set(
        id,
        new DiagnosticResource(id, () => (app.dataset.current ? { params: {}, filter: app.filter } : null)),
      );
    }
    app.dataset.askReference(app.base);
  }

  /** The stored answers apply only to the whole snapshot: no date range, no submolt. */
  get #stored() {
    const f = this.#app.filter;
    return f.range || f.submolts.length ? null : this.#app.dataset.storedAnswers;
  }

  /** The newest result of diagnostic `id`, or null while it has none. */
  result<K extends DiagnosticId>(id: K): DiagnosticResult<K> | null {
    return (this.#resources.get(id)?.data as DiagnosticResult<K> | null | undefined) ?? null;
  }

  /** Every result so far, keyed by diagnostic (for the cards' charts). */
  get results(): { [K in DiagnosticId]?: DiagnosticResult<K> | null } {
    return Object.fromEntries(USED.map((id) => [id, this.result(id)]));
  }

  /** The reference society's stored verdict for a finding (never for that society itself). */
  reference(id: FindingId): Verdict | null {
    const { dataset, url } = this.#app;
    const src = dataset.source;
    const open = src && 'id' in src ? src.id : url.state.data ? '' : url.state.ds;
    return open === REFERENCE_SOCIETY ? null : storedVerdict(dataset.reference, id);
  }

  card(id: FindingId): CardState {
    const diagnostic = FINDINGS.find((f) => f.id === id)!.diagnostic;
    const r = this.#resources.get(diagnostic)!;
    const stored = storedVerdict(this.#stored, id);
    // A stale answer is not shown while a new filter's run is under way.
    if (r.loading || (!r.data && !r.error)) {
      return stored
        ? { state: 'stored', verdict: stored, version: this.#stored!.version }
        : { state: 'loading' };
    }
    if (r.error) return { state: 'error', message: r.error.message };
    const verdict = verdictOf(id, r.data as never);
    const check: StoredCheck = !stored
      ? { kind: 'none' }
      : sameAnswer(stored, verdict)
        ? { kind: 'confirmed' }
        : { kind: 'stale', stored };
    return { state: 'ready', verdict, check };
  }

  /** Every card has its answer from the loaded data (or its error). */
  get ready(): boolean {
    return (
      this.#app.dataset.current !== null &&
      [...this.#resources.values()].every((r) => !r.loading && (r.data !== null || r.error !== null))
    );
  }

  /** Some card shows a stored answer still waiting for the loaded data. */
  get confirming(): boolean {
    return FINDINGS.some((f) => this.card(f.id).state === 'stored');
  }
}
