/**
 * Where cache entries live. One entry is a folder of Arrow IPC chunk files and a meta file written
 * last: an entry without its meta is unfinished and is never read.
 */
export interface CacheStore {
  /** The meta text of an entry, or null when there is none. */
  readMeta(name: string): Promise<string | null>;
  /** Chunk `index` of an entry; throws when it is missing or not `size` bytes long. */
  readChunk(name: string, index: number, size: number): Promise<Uint8Array>;
  /**
   * Replaces an entry: writes each chunk, then the meta built from their sizes. On any failure
   * (quota, abort) it removes what it wrote and rethrows.
   */
  write(
    name: string,
    chunks: AsyncIterable<Uint8Array>,
    meta: (sizes: number[]) => string,
    signal: AbortSignal,
  ): Promise<void>;
  remove(name: string): Promise<void>;
  usage(): Promise<{ bytes: number; entries: number }>;
  clear(): Promise<void>;
}

export const META_FILE = 'meta.json';
export const chunkFile = (index: number) => `${index}.arrow`;

/** The error a full disk or an exhausted origin quota raises, whatever the browser calls it. */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown })?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
