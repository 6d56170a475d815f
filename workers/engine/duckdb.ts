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
  // Extensions would be fetched from DuckDB's CDN: the site makes no such request, ever.
  await conn.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;`);
  // Without the ICU extension DuckDB-WASM has no time zones at all: timestamps are plain UTC.
  return { db, conn };
}
