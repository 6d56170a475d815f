import { SnapshotError } from '../../src/core/snapshot/errors';
import { MemoryBudgetError } from './memory-budget';

/** Errors cross the worker boundary as plain objects so their fields (file, column…) survive. */
export function serialiseError(e: unknown): Error {
  if (e instanceof SnapshotError) {
    const err = new Error(e.message);
    err.name = 'SnapshotError';
    // comlink serialises Error's name/message/stack only: carry the details in the message as JSON.
    err.message = JSON.stringify(e.toJSON());
    return err;
  }
  if (e instanceof MemoryBudgetError) {
    const err = new Error(JSON.stringify({ estimate: e.estimate, budget: e.budget }));
    err.name = 'MemoryBudget';
    return err;
  }
  if (e instanceof DOMException && e.name === 'AbortError') {
    const err = new Error('Cancelled.');
    err.name = 'AbortError';
    return err;
  }
  if (e instanceof Error) return e;
  return new Error(String(e));
}
