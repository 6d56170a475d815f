import { closeSync, openSync, readSync } from 'node:fs';

const MAGIC = 'SQLite format 3\u0000';

/** True for a SQLite database: by its first 16 bytes, whatever it is called. */
export function isSqliteFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(MAGIC.length);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return n === MAGIC.length && buf.toString('latin1') === MAGIC;
  } finally {
    closeSync(fd);
  }
}

/**
 * Why a SQLite file is not read, and how to convert it. DuckDB's sqlite extension would read it,
 * but it is downloaded on first use and the build never depends on the network.
 */
export const SQLITE_ADVICE =
  'a SQLite database: convert its tables first, e.g. with the duckdb CLI ' +
  `(duckdb -c "INSTALL sqlite; LOAD sqlite; ATTACH 'FILE.db' AS s (TYPE sqlite); COPY s.posts TO 'posts.parquet'" and the same for comments, agents, submolts) ` +
  'or with sqlite3 (sqlite3 -json FILE.db "SELECT * FROM posts" > posts.json), then pass the converted files';
