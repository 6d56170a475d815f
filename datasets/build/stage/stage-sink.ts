/**
 * Appends rows parsed in JavaScript (JSON, JSONL, CSV) to a staging table through DuckDB's
 * appender, a batch at a time, so an importer never holds more than one batch. Values are staged
 * as text, exactly as they came: strings as they are, numbers, booleans and bigints through
 * String(), dates as UTC ISO text; anything else (objects, arrays) cannot be one field's value and
 * is staged as NULL with a count.
 */
import type { DuckDBAppender } from '@duckdb/node-api';
import type { BuildReport } from '../build-report';
import { STAGE_COLUMNS, stageTableName, type StageTable } from './schema';
import type { Stage } from './stage';

/** Rows appended between flushes: bounds DuckDB's appender buffer, not a semantic limit. */
const FLUSH_EVERY = 50_000;

/** The staged text of one raw value, or null (with `bad` true when the value was not a primitive). */
export function stageText(v: unknown): { text: string | null; bad: boolean } {
  if (v === null || v === undefined) return { text: null, bad: false };
  if (typeof v === 'string') return { text: v, bad: false };
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
    return { text: String(v), bad: false };
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? { text: null, bad: true } : { text: v.toISOString(), bad: false };
  return { text: null, bad: true };
}

/** A short rendering of a rejected value for the report (JSON.stringify throws on bigints inside). */
function shown(v: unknown): string {
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 80);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

export class StageSink {
  private pending = 0;
  /** Rows appended so far. */
  rows = 0;

  private constructor(
    private readonly stage: Stage,
    readonly table: StageTable,
    private readonly appender: DuckDBAppender,
    private readonly report: BuildReport,
  ) {}

  static async open(stage: Stage, table: StageTable, report: BuildReport): Promise<StageSink> {
    return new StageSink(stage, table, await stage.conn.createAppender(stageTableName(table)), report);
  }

  /** Appends one raw row (missing fields are NULL); its ord is the stage's next. */
  append(row: Readonly<Record<string, unknown>>): void {
    this.appender.appendBigInt(BigInt(this.stage.nextOrd(1)));
    for (const column of STAGE_COLUMNS[this.table]) {
      const v = row[column];
      const { text, bad } = stageText(v);
      if (bad) this.report.note('repaired', `non-text ${this.table}.${column} set to empty`, shown(v));
      // NUL is staged as it is (the appender keeps it): the normaliser removes it and counts it.
      if (text === null) this.appender.appendNull();
      else this.appender.appendVarchar(text);
    }
    this.appender.endRow();
    this.rows++;
    if (++this.pending >= FLUSH_EVERY) this.flush();
  }

  flush(): void {
    if (this.pending === 0) return;
    this.appender.flushSync();
    this.pending = 0;
  }

  /** Flushes and closes the appender; the rows are then visible to queries. */
  close(): void {
    this.appender.closeSync();
    this.pending = 0;
  }
}
