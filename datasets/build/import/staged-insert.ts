import { stageTableName, type StageTable } from '../stage/schema';
import type { Stage } from '../stage/stage';

/**
 * INSERT INTO raw_<table> SELECT <ord>, <select list> FROM <source>: DuckDB streams the file into
 * the staging table without the rows passing through JavaScript. `ord` continues the stage's
 * input order: row_number() OVER () is a streaming window that numbers rows in file order while
 * insertion order is preserved, which the stage turns off otherwise, so it is on for this insert.
 * Returns the rows staged.
 */
export async function insertStaged(
  stage: Stage,
  table: StageTable,
  selectList: string,
  source: string,
  where = '',
): Promise<number> {
  // The ords are claimed after the insert, when the count is known; nothing else stages meanwhile.
  const first = stage.nextOrd(0);
  const before = (
    await stage.conn.runAndReadAll(`SELECT current_setting('preserve_insertion_order')`)
  ).getRows()[0][0];
  await stage.conn.run('SET preserve_insertion_order = true');
  try {
    const result = await stage.conn.run(
      `INSERT INTO ${stageTableName(table)} SELECT ${first - 1} + row_number() OVER () AS ord, ${selectList} FROM ${source}${where ? ` WHERE ${where}` : ''}`,
    );
    const rows = Number(result.rowsChanged);
    stage.nextOrd(rows);
    return rows;
  } finally {
    await stage.conn.run(`SET preserve_insertion_order = ${before === true ? 'true' : 'false'}`);
  }
}
