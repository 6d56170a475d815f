/**
 * DuckDB-WASM, started once and lazily behind one shared promise. Its wasm and worker files are
 * bundled by Vite and served from the site itself: no CDN.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export interface Engine {
  db: duckdb.AsyncDuckDB;
  conn: duckdb.AsyncDuckDBConnection;
}

let engine: Promise<Engine> | null = null;

export function getEngine(): Promise<Engine> {
  engine ??= start().catch((e) => {
    engine = null; // let a later call try again
    throw e;
  });
  return engine;
}

async function start(): Promise<Engine> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({
    // Counts come back as doubles, not BigInt, so results are plain JSON numbers.
    query: { castBigIntToDouble: true, castDecimalToDouble: true },
  });
  const conn = await db.connect();
  await lockDown(conn);
  // Without the ICU extension DuckDB-WASM has no time zones at all: timestamps are plain UTC.
  return { db, conn };
}

/**
 * DuckDB never reads a file, a URL or an extension in this app: tables arrive as Arrow IPC
 * (insertArrowFromIPCStream), results leave as Arrow. So its external access is switched off for
 * the whole database, extensions are never installed or loaded (they would come from DuckDB's
 * CDN), and the configuration is locked so no statement, on any connection, can switch them back
 * on. This, not the console's text check, is what keeps a hostile query or link from making the
 * browser fetch: a page's meta CSP does not bind workers. The settings are read back so a DuckDB
 * that ignored one never starts.
 */
async function lockDown(conn: duckdb.AsyncDuckDBConnection): Promise<void> {
  for (const setting of LOCKDOWN) await conn.query(`SET ${setting} = false`);
  await conn.query('SET lock_configuration = true');
  const row = (await conn.query(LOCKDOWN_CHECK)).toArray()[0]?.toJSON() as Record<string, unknown>;
  const open = LOCKDOWN.filter((s) => row?.[s] !== false);
  if (row?.lock_configuration !== true) open.push('lock_configuration');
  if (open.length) throw new Error(`The data engine could not be locked down (${open.join(', ')}).`);
}

const LOCKDOWN = ['autoinstall_known_extensions', 'autoload_known_extensions', 'enable_external_access'];
const LOCKDOWN_CHECK = `SELECT ${[...LOCKDOWN, 'lock_configuration']
  .map((s) => `current_setting('${s}') AS ${s}`)
  .join(', ')}`;
