/**
 * Everything the builder changed or refused, with counts and a few examples each. Nothing is
 * dropped or altered without landing here; the CLI prints it and writes build-report.json.
 */
import { relative } from 'node:path';

/** An input's path as the report names it: relative to where the build ran, since reports are
 * committed and must not carry this machine's paths. */
export const reportPath = (path: string): string => relative(process.cwd(), path);

export type Action = 'repaired' | 'rejected';

interface Entry {
  action: Action;
  count: number;
  examples: string[];
}

/** One input as the build read it: rows staged per table, or why it was skipped. */
export interface InputRecord {
  path: string;
  format: string;
  layout?: string;
  posts: number;
  comments: number;
  agents?: number;
  submolts?: number;
  skipped?: string;
}

export class BuildReport {
  readonly entries = new Map<string, Entry>();
  readonly inputs: InputRecord[] = [];

  note(action: Action, what: string, example?: string): void {
    let e = this.entries.get(what);
    if (!e) {
      e = { action, count: 0, examples: [] };
      this.entries.set(what, e);
    }
    e.count++;
    if (example !== undefined && e.examples.length < 3) e.examples.push(example.slice(0, 120));
  }

  /**
   * Adds `count` occurrences at once (a count made in SQL), with up to three examples in input
   * order: the same entry as `count` calls of note() with those examples would make.
   */
  add(action: Action, what: string, count: number, examples: readonly string[] = []): void {
    if (!(Number.isInteger(count) && count >= 0))
      throw new Error(`report count must be a count, got ${count}`);
    if (count === 0) return;
    let e = this.entries.get(what);
    if (!e) {
      e = { action, count: 0, examples: [] };
      this.entries.set(what, e);
    }
    e.count += count;
    for (const x of examples.slice(0, count)) if (e.examples.length < 3) e.examples.push(x.slice(0, 120));
  }

  count(what: string): number {
    return this.entries.get(what)?.count ?? 0;
  }

  toJSON(): object {
    return {
      inputs: this.inputs,
      issues: [...this.entries].map(([what, e]) => ({ what, ...e })),
    };
  }
}
