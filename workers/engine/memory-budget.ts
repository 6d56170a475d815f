import { estimateMemory, memoryBudget, type TableSize } from '../../src/core/snapshot/estimate';
import { SnapshotError } from '../../src/core/snapshot/errors';
import type { Manifest } from '../../src/core/snapshot/manifest';
import type { TableName } from '../../src/core/snapshot/tables';
import type { LoadNotice, LoadOptions } from '../../src/core/worker-api';
import type { TableSource } from './sources';

/** The dataset is estimated to need more memory than the tab can give it. */
export class MemoryBudgetError extends Error {
  constructor(
    readonly estimate: number,
    readonly budget: number,
  ) {
    super('dataset over the memory budget');
    this.name = 'MemoryBudget';
  }
}

/** A whole file is copied into parquet-wasm's 32-bit memory to be decoded: 2 GiB is its ceiling. */
const MAX_FILE_BYTES = 2 * 1024 ** 3;

/** The most bytes one downloaded file (after Content-Encoding is undone) may take. */
export function downloadCap(options: LoadOptions): number {
  const budget =
    options.budgetBytes && options.budgetBytes > 0 ? options.budgetBytes : memoryBudget(undefined);
  return Math.min(budget, MAX_FILE_BYTES);
}

/** Sizes measured before loading: what the server says (HEAD) or the local file's size; null if unknown. */
export type MeasuredSizes = Partial<Record<TableName, number | null>>;

/**
 * The real size of every file, before anything is downloaded: a local file's size, or a URL's
 * Content-Length from a HEAD request. A compressed response's length says nothing about what it
 * unpacks to, so it counts as unknown (fetch-bytes.ts caps those while they stream).
 */
export async function measureSizes(tables: TableSource[], signal: AbortSignal): Promise<MeasuredSizes> {
  const out: MeasuredSizes = {};
  await Promise.all(
    tables.map(async (t) => {
      if ('blob' in t) {
        out[t.table] = t.blob.size;
        return;
      }
      try {
        const res = await fetch(t.url, { method: 'HEAD', signal, credentials: 'omit', cache: 'no-store' });
        const length = Number(res.headers.get('content-length') ?? NaN);
        out[t.table] =
          res.ok && !res.headers.get('content-encoding') && Number.isSafeInteger(length) && length > 0
            ? length
            : null;
      } catch (e) {
        if (signal.aborted) throw e;
        out[t.table] = null;
      }
    }),
  );
  return out;
}

/** The bytes to estimate a table from: the measured size, else the manifest's claim, else a guess. */
function sizeOf(t: TableSource, manifest: Manifest | null, measured: MeasuredSizes): TableSize {
  const entry = manifest?.files[t.table];
  const real = measured[t.table];
  // Never trust a claim below the truth: the larger of the two counts.
  const bytes = Math.max(real ?? 0, entry?.bytes ?? (real == null ? (entry?.rows ?? 0) * 120 : 0));
  return { table: t.table, bytes, rows: entry?.rows ?? Math.round(bytes / 100) };
}

/** Refuses a load estimated over budget unless the user forced it or chose a subset (a choice
 * the user made knowing the estimate is theirs to make). */
export function checkBudget(
  manifest: Manifest | null,
  tables: TableSource[],
  options: LoadOptions,
  measured: MeasuredSizes = {},
): void {
  const chose =
    options.force || options.skipText || options.skipCommentVectors || (options.samplePosts ?? 0) > 1;
  if (chose || !options.budgetBytes) return;
  const sizes = tables.map((t) => sizeOf(t, manifest, measured));
  const estimate = estimateMemory(sizes, manifest?.embedding?.dimensions ?? 64, options);
  if (!Number.isFinite(estimate)) {
    throw new SnapshotError({
      file: manifest ? 'manifest.json' : (tables[0]?.file ?? 'dataset'),
      message: 'The memory this dataset needs cannot be estimated from its sizes; it was not loaded.',
    });
  }
  if (estimate > options.budgetBytes) throw new MemoryBudgetError(estimate, options.budgetBytes);
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Where the manifest's size claims disagree with the files (more than 1% and 1 KiB apart). */
export function sizeNotices(
  manifest: Manifest | null,
  tables: TableSource[],
  measured: MeasuredSizes,
): LoadNotice[] {
  const out: LoadNotice[] = [];
  for (const t of tables) {
    const claimed = manifest?.files[t.table]?.bytes;
    const real = measured[t.table];
    if (claimed === undefined || real == null) continue;
    if (Math.abs(real - claimed) <= Math.max(1024, claimed * 0.01)) continue;
    out.push({
      table: t.table,
      message: `${t.file}: the manifest says ${fmt(claimed)} bytes, the file has ${fmt(real)}; the memory estimate used ${real > claimed ? 'the real size' : 'the larger figure'}.`,
    });
  }
  return out;
}

/** Where the manifest's row count disagrees with the file's own (its Parquet footer). */
export function rowClaimNotice(t: TableSource, fileRows: number): LoadNotice | null {
  const claimed = t.claim?.rows;
  if (claimed === undefined || claimed === fileRows) return null;
  return {
    table: t.table,
    message: `${t.file}: the manifest says ${fmt(claimed)} rows, the file holds ${fmt(fileRows)}; the file's count is used${fileRows > claimed ? ' (the memory estimate was made from the smaller claim)' : ''}.`,
  };
}
