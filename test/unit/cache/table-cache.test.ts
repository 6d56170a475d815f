import { describe, expect, it } from 'vitest';
import { restoreTable, saveTable, type TableRestorer } from '../../../workers/engine/cache/table-cache';
import { entryName } from '../../../workers/engine/cache/cache-entry';
import type { Validators } from '../../../workers/engine/cache/validators';
import { MemoryStore } from './memory-store';

const URL_A = 'http://127.0.0.1/moltscope/data/small/posts.parquet';
const V1: Validators = { etag: 'W/"100-1"', lastModified: 'Sat, 21 Nov 2026 10:00:00 GMT', length: 100 };
const file = (validators: Validators = V1, url = URL_A) => ({ url, table: 'posts' as const, validators });

/** Chunks of a fake table: chunk i holds `sizes[i]` rows, one byte per row. */
async function* chunks(sizes: number[]): AsyncIterable<Uint8Array> {
  for (const n of sizes) yield new Uint8Array(n).fill(7);
}

/** A restorer that counts the rows (bytes) it is given, like a table being filled. */
function counter(): TableRestorer & { rows: number; discarded: boolean } {
  const r = {
    rows: 0,
    discarded: false,
    async restore(cs: AsyncIterable<Uint8Array>) {
      for await (const c of cs) r.rows += c.byteLength;
      return r.rows;
    },
    async discard() {
      r.rows = 0;
      r.discarded = true;
    },
  };
  return r;
}

async function saved(store: MemoryStore, sizes = [40, 25], rows = 65, notices = [] as never[]) {
  const ctl = new AbortController();
  return saveTable(store, { ...file(), rows, notices }, chunks(sizes), ctl.signal, () => 1_795_000_000_000);
}

describe('table cache', () => {
  it('a miss when nothing was saved for the URL', async () => {
    const store = new MemoryStore();
    const r = counter();
    expect(await restoreTable(store, file(), r)).toEqual({ outcome: 'miss' });
    expect(r.rows).toBe(0);
  });

  it('a hit gives back the saved rows, notices and date', async () => {
    const store = new MemoryStore();
    const notice = { table: 'posts' as const, message: 'posts.parquet: 2 rows repeated an id' };
    expect(await saved(store, [40, 25], 65, [notice] as never[])).toBe('saved');
    const r = counter();
    const out = await restoreTable(store, file(), r);
    expect(out.outcome).toBe('hit');
    expect(r.rows).toBe(65);
    if (out.outcome === 'hit') {
      expect(out.meta.notices).toEqual([notice]);
      expect(out.meta.savedAt).toBe(1_795_000_000_000);
      expect(out.meta.url).toBe(URL_A);
    }
  });

  it('a changed validator makes the entry stale: not used, and removed', async () => {
    for (const changed of [
      { ...V1, etag: 'W/"100-2"' },
      { ...V1, lastModified: 'Sun, 22 Nov 2026 10:00:00 GMT' },
      { ...V1, length: 101 },
      { ...V1, etag: null },
    ]) {
      const store = new MemoryStore();
      await saved(store);
      const r = counter();
      expect(await restoreTable(store, file(changed), r)).toEqual({ outcome: 'stale' });
      expect(r.rows).toBe(0);
      expect(store.entries.size).toBe(0);
    }
  });

  it('another URL never reads the entry, even under the same entry name', async () => {
    const store = new MemoryStore();
    await saved(store);
    const other = 'http://127.0.0.1/moltscope/data/other/posts.parquet';
    // Force a collision: the other URL's name points at this URL's entry.
    store.entries.set(entryName(other), store.entries.get(entryName(URL_A))!);
    expect((await restoreTable(store, file(V1, other), counter())).outcome).toBe('miss');
  });

  it('an entry of another cache format is stale', async () => {
    const store = new MemoryStore();
    await saved(store);
    const e = store.entries.get(entryName(URL_A))!;
    e.meta = JSON.stringify({ ...JSON.parse(e.meta!), format: '0/old' });
    expect((await restoreTable(store, file(), counter())).outcome).toBe('stale');
  });

  it('a corrupt entry (bad meta, short chunk, missing chunk, wrong row count) falls back and is removed', async () => {
    type Entry = { meta: string | null; chunks: Uint8Array[] };
    // Each corruption, and whether it is only found once rows were restored (then discarded).
    const corruptions: [(e: Entry) => void, boolean][] = [
      [(e) => (e.meta = '{"format": 1, trunc'), false],
      [(e) => (e.meta = JSON.stringify({ ...JSON.parse(e.meta!), chunks: ['x'] })), false],
      [(e) => (e.chunks[1] = e.chunks[1].subarray(0, 10)), true],
      [(e) => e.chunks.pop(), true],
      [(e) => (e.meta = JSON.stringify({ ...JSON.parse(e.meta!), rows: 66 })), true],
    ];
    for (const [corrupt, restored] of corruptions) {
      const store = new MemoryStore();
      await saved(store);
      corrupt(store.entries.get(entryName(URL_A))!);
      const r = counter();
      expect((await restoreTable(store, file(), r)).outcome).toBe('corrupt');
      expect(store.entries.size).toBe(0);
      expect(r.discarded).toBe(restored);
      expect(r.rows).toBe(0);
    }
  });

  it('a restore that throws is discarded and reported corrupt, not thrown', async () => {
    const store = new MemoryStore();
    await saved(store);
    const r = counter();
    r.restore = async () => {
      throw new Error('Invalid IPC stream');
    };
    expect((await restoreTable(store, file(), r)).outcome).toBe('corrupt');
    expect(r.discarded).toBe(true);
  });

  it('a cancelled load keeps the entry and rethrows', async () => {
    const store = new MemoryStore();
    await saved(store);
    const ctl = new AbortController();
    ctl.abort();
    await expect(restoreTable(store, file(), counter(), ctl.signal)).rejects.toThrow();
    expect(store.entries.size).toBe(1);
  });

  it('a quota failure while saving leaves no entry and is an outcome, not an error', async () => {
    const store = new MemoryStore();
    store.room = 50;
    expect(await saved(store, [40, 25], 65)).toBe('quota');
    expect(store.entries.size).toBe(0);
    expect((await restoreTable(store, file(), counter())).outcome).toBe('miss');
  });

  it('a save that fails otherwise, or is aborted, leaves no entry', async () => {
    const store = new MemoryStore();
    async function* broken(): AsyncIterable<Uint8Array> {
      yield new Uint8Array(3);
      throw new Error('stream cut');
    }
    const ctl = new AbortController();
    expect(await saveTable(store, { ...file(), rows: 3, notices: [] }, broken(), ctl.signal)).toBe('failed');
    ctl.abort();
    expect(await saveTable(store, { ...file(), rows: 3, notices: [] }, chunks([3]), ctl.signal)).toBe(
      'aborted',
    );
    expect(store.entries.size).toBe(0);
  });

  it('saving again replaces the previous version of the file', async () => {
    const store = new MemoryStore();
    await saved(store, [40, 25], 65);
    const v2 = { ...V1, etag: 'W/"100-2"' };
    const ctl = new AbortController();
    await saveTable(store, { ...file(v2), rows: 10, notices: [] }, chunks([10]), ctl.signal);
    expect(store.entries.size).toBe(1);
    const r = counter();
    expect((await restoreTable(store, file(v2), r)).outcome).toBe('hit');
    expect(r.rows).toBe(10);
  });
});
