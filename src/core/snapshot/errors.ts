/**
 * A snapshot that breaks the contract. Every field is meant for the person who gave us the file:
 * which file, which column, what was expected and what was found.
 */
export class SnapshotError extends Error {
  readonly file: string;
  readonly column: string | null;
  readonly expected: string | null;
  readonly found: string | null;

  constructor(opts: {
    file: string;
    column?: string | null;
    expected?: string | null;
    found?: string | null;
    message: string;
  }) {
    super(opts.message);
    this.name = 'SnapshotError';
    this.file = opts.file;
    this.column = opts.column ?? null;
    this.expected = opts.expected ?? null;
    this.found = opts.found ?? null;
  }

  /** Plain data, so the error survives the worker boundary (structured clone drops subclasses). */
  toJSON(): SnapshotErrorData {
    return {
      name: 'SnapshotError',
      message: this.message,
      file: this.file,
      column: this.column,
      expected: this.expected,
      found: this.found,
    };
  }
}

export interface SnapshotErrorData {
  name: 'SnapshotError';
  message: string;
  file: string;
  column: string | null;
  expected: string | null;
  found: string | null;
}

export function isSnapshotErrorData(x: unknown): x is SnapshotErrorData {
  return typeof x === 'object' && x !== null && (x as { name?: unknown }).name === 'SnapshotError';
}
