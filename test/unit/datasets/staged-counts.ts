/** Test helper: rows per staging table of a Stage, and a Stage filled from some inputs. */
import { BuildReport } from '../../../datasets/build/build-report';
import { importInputs } from '../../../datasets/build/import';
import { STAGE_COLUMNS, stageTableName, type StageTable } from '../../../datasets/build/stage/schema';
import { Stage } from '../../../datasets/build/stage/stage';

export type Counts = Record<StageTable, number>;

export async function stagedCounts(stage: Stage): Promise<Counts> {
  const out = {} as Counts;
  for (const t of Object.keys(STAGE_COLUMNS) as StageTable[]) {
    const rows = (
      await stage.conn.runAndReadAll(`SELECT count(*)::INTEGER FROM ${stageTableName(t)}`)
    ).getRows();
    out[t] = Number(rows[0][0]);
  }
  return out;
}

/** Staged rows of one table as objects in ord order. */
export async function stagedRows(stage: Stage, table: StageTable): Promise<Record<string, string | null>[]> {
  const r = await stage.conn.runAndReadAll(
    `SELECT * EXCLUDE (ord) FROM ${stageTableName(table)} ORDER BY ord`,
  );
  return r.getRowObjectsJS() as Record<string, string | null>[];
}

/** Imports `paths` into a fresh Stage; the caller closes it. */
export async function stageInputs(paths: string[]): Promise<{ stage: Stage; report: BuildReport }> {
  const stage = await Stage.open({ threads: 2, memoryLimit: '1GB' });
  const report = new BuildReport();
  try {
    await importInputs(paths, stage, report);
  } catch (e) {
    stage.close();
    throw e;
  }
  return { stage, report };
}
