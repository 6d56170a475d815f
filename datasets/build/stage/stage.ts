/**
 * The build's staging area: a temporary folder holding an on-disk DuckDB database with the four
 * staging tables of ./schema.ts. Importers fill them (through StageSink or straight SQL), the
 * normaliser turns them into the clean tables, the writer copies those out. DuckDB spills to the
 * folder past its memory limit, so no phase holds all rows in the JavaScript heap.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createStageTablesSql } from './schema';

export interface StageOptions {
  /** DuckDB worker threads (default: DuckDB's own, the number of cores). */
  threads?: number;
  /** DuckDB memory limit, e.g. "2GB" (default: DuckDB's own, 80% of RAM). */
  memoryLimit?: string;
  /** Where the temporary folder is made (default: the OS temp folder). */
  tmpRoot?: string;
}

/** DuckDB's size syntax: a number and a unit (KB, MB, GB, TB, KiB, MiB, GiB, TiB). */
const MEMORY_LIMIT = /^\d+(\.\d+)?\s*(k|m|g|t)i?b$/i;

export class Stage {
  private ord = 0;
  private closed = false;
  private readonly extra: DuckDBConnection[] = [];

  private constructor(
    /** The temporary folder: database, spill files and anything else the build needs apart. */
    readonly dir: string,
    private readonly instance: DuckDBInstance,
    readonly conn: DuckDBConnection,
  ) {}

  /** Creates the folder, the database and the empty staging tables. */
  static async open(options: StageOptions = {}): Promise<Stage> {
    if (options.memoryLimit !== undefined && !MEMORY_LIMIT.test(options.memoryLimit))
      throw new Error(`memory limit must be a size such as 2GB or 512MB, got "${options.memoryLimit}"`);
    if (options.threads !== undefined && !(Number.isInteger(options.threads) && options.threads >= 1))
      throw new Error(`threads must be a positive integer, got ${options.threads}`);
    const dir = mkdtempSync(join(options.tmpRoot ?? tmpdir(), 'moltscope-build-'));
    try {
      const config: Record<string, string> = {
        temp_directory: join(dir, 'spill'),
        // Order is always explicit (ord, ORDER BY on output), so DuckDB may stream and spill freely.
        preserve_insertion_order: 'false',
      };
      if (options.threads !== undefined) config.threads = String(options.threads);
      if (options.memoryLimit !== undefined) config.memory_limit = options.memoryLimit;
      const instance = await DuckDBInstance.create(join(dir, 'stage.duckdb'), config);
      const conn = await instance.connect();
      // Casts between TIMESTAMP and TIMESTAMPTZ use the session zone: pin it.
      await conn.run(`SET TimeZone = 'UTC'`);
      await conn.run(createStageTablesSql());
      return new Stage(dir, instance, conn);
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  }

  /** Reserves `n` consecutive ord values and returns the first: input order across all inputs. */
  nextOrd(n = 1): number {
    if (!(Number.isInteger(n) && n >= 0)) throw new Error(`nextOrd: n must be a count, got ${n}`);
    const first = this.ord;
    this.ord += n;
    return first;
  }

  /**
   * Another connection to the same database, for writing while `conn` streams a result (a
   * connection runs one statement at a time). Closed with the stage.
   */
  async connect(): Promise<DuckDBConnection> {
    const c = await this.instance.connect();
    await c.run(`SET TimeZone = 'UTC'`);
    this.extra.push(c);
    return c;
  }

  /** A file path inside the stage's folder (removed with it). */
  path(name: string): string {
    return join(this.dir, name);
  }

  /** Closes the database and removes the folder; safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      for (const c of this.extra) c.closeSync();
      this.conn.closeSync();
      this.instance.closeSync();
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
