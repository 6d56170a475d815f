import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type {
  LoadNotice,
  LoadOptions,
  LoadProgress,
  LoadResult,
  LoadSource,
} from '../../src/core/worker-api';
import { SnapshotError } from '../../src/core/snapshot/errors';
import { SCHEMA_VERSION, type Manifest } from '../../src/core/snapshot/manifest';
import { TABLES, TABLE_NAMES, type TableName } from '../../src/core/snapshot/tables';
import { validateColumns } from '../../src/core/snapshot/validate-columns';
import { fetchBytes } from './fetch-bytes';
import { insertParquet } from './insert-parquet';
import { emptyTableSql, normaliseSelect } from './normalise';
import { rawRepairNotices } from './raw-repairs';
import { resolveSource, type TableSource } from './sources';
import { quoteIdent } from './sql-names';
import { runChecks } from './checks';
import { loadedDateRange, SET_ASIDE_TABLES, setAsideOutOfWindow } from './set-aside';
import { defaultTimeWindow } from '../../src/core/snapshot/time-window';
import { checkBudget, downloadCap, measureSizes, rowClaimNotice, sizeNotices } from './memory-budget';
import { describeSubset, subsetFor } from './subset';
import { openUrl, type InsertSubset } from './insert-parquet';
import type { ParquetFile } from 'parquet-wasm/esm';
import { LoadCache } from './cache/load-cache';
import { stopSaving } from './cache/cache-writer';
import { cancelDeferred, deferTables } from './deferred-loads';
import { precheckColumns } from './precheck-columns';
import { prefetchSmallFiles } from './prefetch';
import { isDeferred, type DeferredTable } from '../../src/core/snapshot/deferred-tables';
import { pushAll } from '../../src/core/bounded';

let generation = 0;

/** The generation of the dataset the `main` views point at (0 before any load). */
export const currentGeneration = () => generation;

/** Tables copied into DuckDB, in contract order (deferred ones when a view first needs them). */
const STORED = TABLE_NAMES.filter((t) => !TABLES[t].decodedApart);

/**
 * Loads a dataset into a fresh schema, checks it against the snapshot contract, and only then points
 * the `main.posts`, `main.comments`, … views at it. Any failure drops the new schema and leaves the
 * dataset loaded before untouched.
 */
export async function loadDataset(
  engine: AsyncDuckDBConnection | Promise<AsyncDuckDBConnection>,
  source: LoadSource,
  signal: AbortSignal,
  onProgress: (p: LoadProgress) => void,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const started = performance.now();
  const next = generation + 1;
  const schema = `ds_${next}`;
  // Awaited at its first use; until then a failure to start it is seen there, not as unhandled.
  const engineReady = Promise.resolve(engine);
  engineReady.catch(() => undefined);
  onProgress({ phase: 'manifest', bytesDone: 0, bytesTotal: null, rowsDone: 0, rowsTotal: null });
  const resolved = await resolveSource(source, signal);
  // Read now: the tables every view counts from. The vectors and the n-gram index wait for a view.
  const atOpen = resolved.tables.filter((t) => !TABLES[t.table].decodedApart && !isDeferred(t.table));
  // Real sizes, not the manifest's claims (nor 0 for a bare URL), go into the estimate.
  const measured = await measureSizes(resolved.tables, signal);
  checkBudget(resolved.manifest, resolved.tables, options, measured);
  const cap = downloadCap(options);
  for (const t of resolved.tables)
    if (t.table === 'embeddings' && 'blob' in t) await precheckColumns(t.table, t.file, t.blob);
  // A save of the previous dataset reads its schema, which this load will drop.
  await stopSaving();
  const cache = await LoadCache.open(resolved.tables, options, signal);
  // Small files download now, together, while DuckDB may still be starting.
  const prefetched = prefetchSmallFiles(
    atOpen,
    measured,
    signal,
    cap,
    async (table) => !!subsetFor(table, schema, options).keepColumn || !!(await cache?.holds(table)),
  );
  const conn = await engineReady;
  const q = (sql: string) => conn.query(sql);
  await q(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  const notices: LoadNotice[] = sizeNotices(resolved.manifest, resolved.tables, measured);
  const timings: Record<string, number> = {};
  const rows: Partial<Record<TableName, number>> = {};
  try {
    // Tables in contract order, whatever order files were dropped in: subsets of later tables
    // (vectors) refer to the earlier ones (posts, comments).
    const ordered = [...atOpen].sort((a, b) => TABLE_NAMES.indexOf(a.table) - TABLE_NAMES.indexOf(b.table));
    for (const t of ordered) {
      const t0 = performance.now();
      const before = notices.length;
      rows[t.table] =
        (await cache?.restore(conn, schema, t.table, notices, onProgress, signal)) ??
        (await loadTable(
          conn,
          schema,
          t,
          signal,
          onProgress,
          notices,
          subsetFor(t.table, schema, options),
          cap,
          prefetched.get(t.table),
        ));
      cache?.loaded(t.table, rows[t.table]!, notices.slice(before));
      timings[t.table] = performance.now() - t0;
    }
    if (!rows.posts) {
      throw new SnapshotError({
        file: 'posts',
        message: 'No posts table was given: a dataset needs at least its posts.',
      });
    }
    for (const t of STORED) {
      if (rows[t] !== undefined) continue;
      await q(emptyTableSql(t, `${schema}.${quoteIdent(t)}`));
      rows[t] = 0;
      if (TABLES[t].required)
        notices.push({ table: t, message: `No ${t} file: views that need ${t} will be empty.` });
    }
    onProgress({ phase: 'index', bytesDone: 0, bytesTotal: null, rowsDone: 0, rowsTotal: null });
    const chosen = describeSubset(options);
    if (chosen)
      notices.push({
        table: 'manifest',
        message: `Loaded a subset to fit in memory: ${chosen}. Totals describe the subset, not the whole dataset.`,
      });
    await cache?.pin(conn, schema);
    const t1 = performance.now();
    // Out-of-window dates first: the checks that follow then count comments on set-aside posts.
    const timeWindow = resolved.manifest?.timeWindow ?? defaultTimeWindow(Date.now());
    const setAside = await setAsideOutOfWindow(conn, schema, rows, timeWindow);
    for (const n of [...setAside, ...(await runChecks(conn, schema, rows))]) notices.push(n);
    timings.checks = performance.now() - t1;
    const manifest = {
      ...(resolved.manifest ?? (await inferManifest(conn, schema, resolved.label, rows))),
      timeWindow,
    };
    // A claimed range that covered the set-aside items would caption every chart with it.
    if (setAside.length) manifest.dateRange = (await loadedDateRange(conn, schema)) ?? manifest.dateRange;
    // The swap: views in main now read the new schema; the old one goes, once a deferred table still
    // loading into it has stopped (not before: a load that fails leaves the old dataset whole).
    await cancelDeferred();
    for (const t of [...STORED, ...SET_ASIDE_TABLES]) {
      await q(`CREATE OR REPLACE VIEW main.${quoteIdent(t)} AS SELECT * FROM ${schema}.${quoteIdent(t)}`);
    }
    if (generation > 0) await q(`DROP SCHEMA IF EXISTS ds_${generation} CASCADE`);
    generation = next;
    const deferred = resolved.tables.filter((t): t is TableSource & { table: DeferredTable } =>
      isDeferred(t.table),
    );
    deferTables({
      generation,
      schema,
      sources: new Map(deferred.map((t) => [t.table, t])),
      manifest: resolved.manifest,
      cache,
      cap,
      sampled: (options.samplePosts ?? 0) > 1,
      readTable: (t, s, progress, into) =>
        loadTable(conn, schema, t, s, progress, into, subsetFor(t.table, schema, options), cap),
    });
    cache?.save(schema);
    const millis = performance.now() - started;
    return {
      generation,
      manifest,
      rows,
      notices,
      timings,
      millis,
      cache: cache?.use() ?? null,
      deferred: deferred.map((t) => ({ table: t.table, claimedRows: t.claim?.rows ?? null })),
    };
  } catch (e) {
    await cache?.release();
    await q(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    throw e;
  }
}

async function loadTable(
  conn: AsyncDuckDBConnection,
  schema: string,
  t: TableSource,
  signal: AbortSignal,
  onProgress: (p: LoadProgress) => void,
  notices: LoadNotice[],
  subset: InsertSubset,
  cap: number,
  prefetched?: Promise<Uint8Array | null>,
): Promise<number> {
  let source: Blob | ParquetFile;
  const bytes = await prefetched;
  if (bytes) {
    source = new Blob([bytes as BlobPart]);
  } else if ('url' in t) {
    // Range requests where the server allows them: only the needed row groups and columns travel.
    source =
      (await openUrl(t.url)) ??
      new Blob([
        (await fetchBytes(
          t.url,
          t.file,
          signal,
          (done, total) =>
            onProgress({
              phase: 'download',
              table: t.table,
              bytesDone: done,
              bytesTotal: total,
              rowsDone: 0,
              rowsTotal: null,
            }),
          cap,
        )) as BlobPart,
      ]);
  } else {
    source = t.blob;
  }
  const raw = `${schema}.${quoteIdent(`raw_${t.table}`)}`;
  const fileRows = await insertParquet(
    conn,
    source,
    t.file,
    { schema, name: `raw_${t.table}` },
    signal,
    (p) =>
      onProgress({
        phase: 'decode',
        table: t.table,
        bytesDone: p.bytes,
        bytesTotal: p.bytesTotal,
        rowsDone: p.rows,
        rowsTotal: p.rowsTotal,
      }),
    subset,
  );
  const claimNotice = rowClaimNotice(t, fileRows);
  if (claimNotice) notices.push(claimNotice);
  onProgress({
    phase: 'validate',
    table: t.table,
    bytesDone: 0,
    bytesTotal: null,
    rowsDone: 0,
    rowsTotal: null,
  });
  const described = (await conn.query(`DESCRIBE ${raw}`))
    .toArray()
    .map((r) => r.toJSON() as { column_name: string; column_type: string });
  // Columns with no values at all carry whatever type their writer guessed: treat them as absent.
  const counts = (
    await conn.query(
      `SELECT ${described.map((d, i) => `count(${quoteIdent(d.column_name)}) AS c${i}`).join(', ')} FROM ${raw}`,
    )
  )
    .toArray()[0]
    ?.toJSON() as Record<string, number>;
  const fields = described.map((d, i) => ({
    name: d.column_name,
    type: Number(counts[`c${i}`]) > 0 ? d.column_type : 'NULL',
  }));
  const plan = validateColumns(t.table, t.file, fields);
  if (plan.extra.length)
    notices.push({
      table: t.table,
      message: `${t.file}: ignored columns not in the snapshot format: ${plan.extra.join(', ')}.`,
    });
  if (plan.missing.length)
    notices.push({
      table: t.table,
      message: `${t.file}: optional columns absent (left empty): ${plan.missing.join(', ')}.`,
    });
  pushAll(notices, await rawRepairNotices(conn, t.table, t.file, raw, plan));
  const dupRes = await conn.query(`SELECT count(*) - count(DISTINCT ${quoteIdent('id')}) AS d FROM ${raw}`);
  const dups = Number(dupRes.toArray()[0]?.toJSON().d ?? 0);
  if (dups > 0)
    notices.push({
      table: t.table,
      message: `${t.file}: ${dups} rows repeated an id; the earliest row of each id was kept.`,
    });
  const target = `${schema}.${quoteIdent(t.table)}`;
  await conn.query(`CREATE TABLE ${target} AS ${normaliseSelect(t.table, raw, plan, dups > 0)}`);
  await conn.query(`DROP TABLE ${raw}`);
  const count = (await conn.query(`SELECT count(*) AS n FROM ${target}`)).toArray()[0]?.toJSON().n;
  return Number(count);
}

async function inferManifest(
  conn: AsyncDuckDBConnection,
  schema: string,
  label: string,
  rows: Partial<Record<TableName, number>>,
): Promise<Manifest> {
  const range = (
    await conn.query(
      `SELECT CAST(min(created_at) AS VARCHAR) AS s, CAST(max(created_at) AS VARCHAR) AS e FROM ${schema}.posts`,
    )
  )
    .toArray()[0]
    ?.toJSON() as { s: string | null; e: string | null };
  const files: Manifest['files'] = {};
  for (const t of TABLE_NAMES) if (rows[t]) files[t] = { path: t, rows: rows[t]! };
  return {
    schemaVersion: SCHEMA_VERSION,
    name: label,
    description: 'Files opened without a manifest.',
    provenance: 'Unknown: opened from files without a manifest.',
    licence: 'unknown',
    synthetic: null,
    files,
    dateRange: { start: range.s ?? '', end: range.e ?? '' },
    embedding: null,
  };
}
