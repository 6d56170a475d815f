/**
 * Everything the builder changed or refused, with counts and a few examples each. Nothing is
 * dropped or altered without landing here; the CLI prints it and writes build-report.json.
 */
export type Action = 'repaired' | 'rejected';

interface Entry {
  action: Action;
  count: number;
  examples: string[];
}

export class BuildReport {
  readonly entries = new Map<string, Entry>();
  readonly inputs: { path: string; format: string; posts: number; comments: number }[] = [];

  note(action: Action, what: string, example?: string): void {
    let e = this.entries.get(what);
    if (!e) {
      e = { action, count: 0, examples: [] };
      this.entries.set(what, e);
    }
    e.count++;
    if (example !== undefined && e.examples.length < 3) e.examples.push(example.slice(0, 120));
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
