import type { LayoutMatch } from '../../../src/core/layouts';
import type { BuildReport } from '../build-report';
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

/** Columns of the staging table the input does not have are staged empty: said once per input. */
export function noteMissingColumns(report: BuildReport, match: LayoutMatch, path: string): void {
  for (const f of match.fields)
    if (f.mode === 'none')
      report.note('repaired', `column ${match.table}.${f.column} not in the input: left empty`, path);
}
