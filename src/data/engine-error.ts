import { isSnapshotErrorData, type SnapshotErrorData } from '../core/snapshot/errors';

/** An error from the engine, as the UI shows it. */
export interface EngineError {
  kind: 'snapshot' | 'cancelled' | 'engine' | 'budget';
  message: string;
  detail: SnapshotErrorData | null;
  /** For `budget`: the estimated memory of the dataset and the budget it exceeds, in bytes. */
  budget?: { estimate: number; budget: number };
}

export function parseEngineError(e: unknown): EngineError {
  // Already read (e.g. a deferred table's failure, passed on by the call that waited for it).
  if (isEngineError(e)) return e;
  const err = e as { name?: string; message?: string };
  if (err?.name === 'AbortError')
    return { kind: 'cancelled', message: 'Loading was cancelled.', detail: null };
  const message = typeof err?.message === 'string' ? err.message : String(e);
  if (err?.name === 'MemoryBudget') {
    try {
      const b = JSON.parse(message) as { estimate: unknown; budget: unknown };
      // Infinity or NaN cross the worker boundary as JSON null: "needs about null B" says nothing.
      if (!isSize(b.estimate) || !isSize(b.budget))
        return {
          kind: 'engine',
          message: 'The memory this dataset needs could not be estimated from its sizes; it was not loaded.',
          detail: null,
        };
      return {
        kind: 'budget',
        message: 'This dataset may not fit in the memory of this tab.',
        detail: null,
        budget: { estimate: b.estimate, budget: b.budget },
      };
    } catch {
      /* fall through */
    }
  }
  if (err?.name === 'SnapshotError' || message.startsWith('{"name":"SnapshotError"')) {
    try {
      const data: unknown = JSON.parse(message);
      if (isSnapshotErrorData(data)) return { kind: 'snapshot', message: data.message, detail: data };
    } catch {
      /* fall through: show the raw message */
    }
  }
  return { kind: 'engine', message, detail: null };
}

const isSize = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

export function isEngineError(e: unknown): e is EngineError {
  return typeof e === 'object' && e !== null && 'kind' in e && 'message' in e;
}
