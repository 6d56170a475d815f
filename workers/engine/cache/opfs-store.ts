import { META_FILE, chunkFile, type CacheStore } from './cache-store';

/** The cache's folder in the origin private file system (OPFS), beside nothing else of ours. */
const ROOT = 'moltscope-cache';

type Dir = FileSystemDirectoryHandle & {
  values(): AsyncIterable<FileSystemDirectoryHandle | FileSystemFileHandle>;
};

/**
 * The OPFS store, or null where the browser has none (older browsers, some private modes): the
 * app then loads from the network every time.
 */
export async function openOpfsStore(): Promise<CacheStore | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
    const root = (await (
      await navigator.storage.getDirectory()
    ).getDirectoryHandle(ROOT, {
      create: true,
    })) as Dir;
    return new OpfsStore(root);
  } catch {
    return null;
  }
}

class OpfsStore implements CacheStore {
  constructor(private readonly root: Dir) {}

  private async entry(name: string, create = false): Promise<Dir | null> {
    try {
      return (await this.root.getDirectoryHandle(name, { create })) as Dir;
    } catch (e) {
      if (create) throw e;
      return null;
    }
  }

  async readMeta(name: string): Promise<string | null> {
    const dir = await this.entry(name);
    if (!dir) return null;
    try {
      return await (await (await dir.getFileHandle(META_FILE)).getFile()).text();
    } catch {
      return null;
    }
  }

  async readChunk(name: string, index: number, size: number): Promise<Uint8Array> {
    const dir = await this.entry(name);
    if (!dir) throw new Error(`cache entry ${name} is gone`);
    const file = await (await dir.getFileHandle(chunkFile(index))).getFile();
    if (file.size !== size)
      throw new Error(`cache chunk ${name}/${index} is ${file.size} bytes, not ${size}`);
    return new Uint8Array(await file.arrayBuffer());
  }

  async write(
    name: string,
    chunks: AsyncIterable<Uint8Array>,
    meta: (sizes: number[]) => string,
    signal: AbortSignal,
  ): Promise<void> {
    await this.remove(name);
    try {
      const dir = (await this.entry(name, true))!;
      const sizes: number[] = [];
      for await (const bytes of chunks) {
        if (signal.aborted) throw new DOMException('Saving to the cache was cancelled.', 'AbortError');
        await writeFile(dir, chunkFile(sizes.length), bytes);
        sizes.push(bytes.byteLength);
      }
      await writeFile(dir, META_FILE, new TextEncoder().encode(meta(sizes)));
    } catch (e) {
      await this.remove(name);
      throw e;
    }
  }

  async remove(name: string): Promise<void> {
    await this.root.removeEntry(name, { recursive: true }).catch(() => undefined);
  }

  async usage(): Promise<{ bytes: number; entries: number }> {
    let bytes = 0;
    let entries = 0;
    for await (const dir of this.root.values()) {
      if (dir.kind !== 'directory') continue;
      entries++;
      for await (const f of (dir as Dir).values()) {
        if (f.kind === 'file') bytes += (await (f as FileSystemFileHandle).getFile()).size;
      }
    }
    return { bytes, entries };
  }

  async clear(): Promise<void> {
    const names: string[] = [];
    for await (const h of this.root.values()) names.push(h.name);
    for (const n of names) await this.remove(n);
  }
}

/** createWritable writes to a swap file that replaces the file only on close: never half a file. */
async function writeFile(dir: Dir, name: string, bytes: Uint8Array): Promise<void> {
  const handle = await dir.getFileHandle(name, { create: true });
  const w = await handle.createWritable();
  try {
    await w.write(bytes as Uint8Array<ArrayBuffer>);
    await w.close();
  } catch (e) {
    await w.abort().catch(() => undefined);
    throw e;
  }
}
