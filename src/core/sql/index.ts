/** SQL builders shared by the browser worker (DuckDB-WASM) and the Node benchmark. */
export * from './sql.ts';
export * from './filters.ts';
export * from './builders.ts';
