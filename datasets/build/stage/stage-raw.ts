/**
 * Stages rows that an importer collected in JavaScript (the RawDataset of ../raw.ts), table by
 * table through StageSink. The bridge for importers that still hand over whole arrays; streaming
 * importers append to a StageSink (or insert with SQL) as they read instead.
 */
import type { BuildReport } from '../build-report';
import type { RawDataset } from '../raw';
import { StageSink } from './stage-sink';
import type { Stage } from './stage';

export async function stageRawDataset(stage: Stage, raw: RawDataset, report: BuildReport): Promise<void> {
  for (const table of ['posts', 'comments', 'agents', 'submolts'] as const) {
    const rows = raw[table] as unknown as Record<string, unknown>[];
    if (rows.length === 0) continue;
    const sink = await StageSink.open(stage, table, report);
    try {
      for (const r of rows) sink.append(r);
    } finally {
      sink.close();
    }
  }
}
