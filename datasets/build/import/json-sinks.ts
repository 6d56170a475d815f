import type { StagingTable } from '../../../src/core/layouts';
import type { BuildReport } from '../build-report';
import { StageSink } from '../stage/stage-sink';
import type { Stage } from '../stage/stage';
import type { DocumentOut } from './api-documents';

const TABLES: readonly StagingTable[] = ['posts', 'comments', 'agents', 'submolts'];

/** One StageSink per staging table for an input walked in JavaScript, and its rejections. */
export class JsonSinks implements DocumentOut {
  private constructor(
    private readonly sinks: Map<StagingTable, StageSink>,
    private readonly report: BuildReport,
  ) {}

  static async open(stage: Stage, report: BuildReport): Promise<JsonSinks> {
    const sinks = new Map<StagingTable, StageSink>();
    for (const t of TABLES) sinks.set(t, await StageSink.open(stage, t, report));
    return new JsonSinks(sinks, report);
  }

  add(table: StagingTable, row: Record<string, unknown>): void {
    this.sinks.get(table)!.append(row);
  }

  reject(what: string, example: string): void {
    this.report.note('rejected', what, example);
  }

  /** Closes every sink; the rows staged per table (tables with none left out). */
  close(): Partial<Record<StagingTable, number>> {
    const rows: Partial<Record<StagingTable, number>> = {};
    for (const [t, sink] of this.sinks) {
      sink.close();
      if (sink.rows) rows[t] = sink.rows;
    }
    return rows;
  }
}
