import type { CacheStore } from '../../../workers/engine/cache/cache-store';

/** An in-memory CacheStore for tests, with the same all-or-nothing write as the OPFS one. */
export class MemoryStore implements CacheStore {
  readonly entries = new Map<string, { meta: string | null; chunks: Uint8Array[] }>();
  /** Bytes the "disk" can still take; a write past it fails like a full origin quota. */
  room = Infinity;

  async readMeta(name: string) {
    return this.entries.get(name)?.meta ?? null;
  }

  async readChunk(name: string, index: number, size: number) {
    const c = this.entries.get(name)?.chunks[index];
    if (!c || c.byteLength !== size) throw new Error('missing or short chunk');
    return c;
  }

  async write(
    name: string,
    chunks: AsyncIterable<Uint8Array>,
    meta: (sizes: number[]) => string,
    signal: AbortSignal,
  ) {
    await this.remove(name);
    const entry = { meta: null as string | null, chunks: [] as Uint8Array[] };
    this.entries.set(name, entry);
    try {
      for await (const c of chunks) {
        if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
        if (c.byteLength > this.room) throw new DOMException('full', 'QuotaExceededError');
        this.room -= c.byteLength;
        entry.chunks.push(c);
      }
      entry.meta = meta(entry.chunks.map((c) => c.byteLength));
    } catch (e) {
      await this.remove(name);
      throw e;
    }
  }

  async remove(name: string) {
    this.entries.delete(name);
  }

  async usage() {
    let bytes = 0;
    for (const e of this.entries.values()) for (const c of e.chunks) bytes += c.byteLength;
    return { bytes, entries: this.entries.size };
  }

  async clear() {
    this.entries.clear();
  }
}
