import { DuckDBInstance } from '@duckdb/node-api';
import { TABLES } from '../../src/core/snapshot/tables';
import type { BuildReport } from './build-report';
import type { RawDataset } from './raw';

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * Parquet in the AIcell/moltbook-data layout (the paper's dataset): column names already match the
 * contract. Columns the file lacks come through as undefined and are reported by the normaliser.
 * Timestamps are read as epoch ms so TIMESTAMP, TIMESTAMPTZ and text columns all arrive the same way.
 */
export async function importParquet(
  path: string,
  table: 'posts' | 'comments',
  into: RawDataset,
  report: BuildReport,
): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    // TIMESTAMPTZ → TIMESTAMP casts use the session zone; pin it so results never depend on the machine.
    await conn.run(`SET TimeZone = 'UTC'`);
    const described = (
      await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quote(path)})`)
    ).getRowObjectsJS();
    const types = new Map(described.map((r) => [String(r.column_name), String(r.column_type)]));
    const select = TABLES[table].columns
      .filter((c) => types.has(c.name))
      .map((c) => {
        const type = types.get(c.name)!;
        if (c.kind === 'timestamp' && /^TIMESTAMP|^DATE/.test(type))
          return `epoch_ms(${c.name}::TIMESTAMP) AS ${c.name}`;
        if (c.kind === 'timestamp' || c.kind === 'string') return `${c.name}::VARCHAR AS ${c.name}`;
        return `TRY_CAST(${c.name} AS DOUBLE) AS ${c.name}`;
      });
    for (const c of TABLES[table].columns) {
      if (!types.has(c.name))
        report.note('repaired', `column ${table}.${c.name} missing in ${path}: left empty`);
    }
    const rows = (
      await conn.runAndReadAll(`SELECT ${select.join(', ')} FROM read_parquet(${quote(path)})`)
    ).getRowObjectsJS();
    const target = table === 'posts' ? into.posts : into.comments;
    for (const r of rows) target.push(r as never);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
