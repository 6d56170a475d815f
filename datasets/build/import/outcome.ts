import type { LayoutMatch } from '../../../src/core/layouts';
import { reportPath, type BuildReport } from '../build-report';
import type { StageTable } from '../stage/schema';

/** What one input gave: its layout and rows staged per table, or why it was skipped. */
export interface ImportOutcome {
  format: string;
  layout?: string;
  rows: Partial<Record<StageTable, number>>;
  /** Set when nothing was read from the input: the reason, for the report. */
  skipped?: string;
}

export const skippedInput = (format: string, reason: string): ImportOutcome => ({
  format,
  rows: {},
  skipped: reason,
});

/**
 * What reading by the layout changed, once per input: columns the file lacks (staged empty) and a
 * net score split into up/down votes (a documented mapping, counted per row like a repair).
 */
export function noteLayoutRepairs(report: BuildReport, match: LayoutMatch, path: string, rows: number): void {
  for (const f of match.fields)
    if (f.mode === 'none')
      report.note(
        'repaired',
        `column ${match.table}.${f.column} not in the input: left empty`,
        reportPath(path),
      );
  if (match.fields.some((f) => f.mode === 'net-up'))
    report.add('repaired', 'net score split into upvotes/downvotes (no up/down columns)', rows, [
      reportPath(path),
    ]);
}
