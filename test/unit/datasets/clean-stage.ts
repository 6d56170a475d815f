/** Test helper: inputs staged and normalised, and the clean tables read back as plain rows. */
import { BuildReport } from '../../../datasets/build/build-report';
import { normaliseStaged } from '../../../datasets/build/stage/normalise-sql';
import type { Stage } from '../../../datasets/build/stage/stage';
import { SQL_COLUMNS } from '../../../datasets/snapshot/rows';
import { stageInputs } from './staged-counts';

export type CleanTable = 'posts' | 'comments' | 'agents' | 'submolts';
export type Row = Record<string, string | number | null>;

/** A clean table's contract columns in input order; times as epoch ms, integers as numbers. */
export async function cleanRows(stage: Stage, table: CleanTable): Promise<Row[]> {
  const cols = Object.keys(SQL_COLUMNS[table]).map((c) =>
    c === 'created_at' ? 'epoch_ms(created_at) AS created_at' : `"${c}"`,
  );
  const rows = (
    await stage.conn.runAndReadAll(`SELECT ${cols.join(', ')} FROM ${table} ORDER BY ord`)
  ).getRowObjectsJS();
  return rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
  ) as Row[];
}

export interface Cleaned {
  stage: Stage;
  report: BuildReport;
  posts: Row[];
  comments: Row[];
  agents: Row[];
  submolts: Row[];
}

/** Imports `paths` into a fresh Stage and normalises it; the caller closes `stage`. */
export async function cleanInputs(paths: string[], dedupeThreshold = 1000): Promise<Cleaned> {
  const { stage, report } = await stageInputs(paths);
  try {
    await normaliseStaged(stage.conn, { dedupeThreshold }, report);
    // One statement at a time on the stage's connection.
    const posts = await cleanRows(stage, 'posts');
    const comments = await cleanRows(stage, 'comments');
    const agents = await cleanRows(stage, 'agents');
    const submolts = await cleanRows(stage, 'submolts');
    return { stage, report, posts, comments, agents, submolts };
  } catch (e) {
    stage.close();
    throw e;
  }
}
