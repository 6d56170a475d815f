/**
 * Small files are downloaded at once, together, when the load starts; large or unsized files keep
 * their range reads, and files the cache holds are not downloaded at all.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREFETCH_MAX_BYTES, prefetchSmallFiles } from '../../../workers/engine/prefetch';
import type { TableSource } from '../../../workers/engine/sources';
import { SnapshotError } from '../../../src/core/snapshot/errors';

const src = (table: TableSource['table']): TableSource => ({
  table,
  file: `${table}.parquet`,
  url: `https://data.example/${table}.parquet`,
});

function stubFetch(status = 200) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    return new Response(status === 200 ? new Uint8Array([1, 2, 3]) : 'gone', { status });
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('prefetchSmallFiles', () => {
  it('starts every small file at once, and no large, unsized or local one', async () => {
    const asked = stubFetch();
    const local: TableSource = { table: 'submolts', file: 'submolts.parquet', blob: new Blob(['x']) };
    const got = prefetchSmallFiles(
      [src('posts'), src('comments'), src('agents'), local],
      { posts: 1000, comments: PREFETCH_MAX_BYTES + 1, agents: null, submolts: 1 },
      new AbortController().signal,
      Infinity,
      () => false,
    );
    expect([...got.keys()]).toEqual(['posts']);
    expect(await got.get('posts')).toEqual(new Uint8Array([1, 2, 3]));
    expect(asked).toEqual(['https://data.example/posts.parquet']);
  });

  it('leaves a file over the download cap to the capped reader', () => {
    stubFetch();
    const got = prefetchSmallFiles(
      [src('posts')],
      { posts: 1000 },
      new AbortController().signal,
      999,
      () => false,
    );
    expect(got.size).toBe(0);
  });

  it('does not download what the cache holds: its entry resolves to null', async () => {
    const asked = stubFetch();
    const got = prefetchSmallFiles(
      [src('posts'), src('comments')],
      { posts: 10, comments: 10 },
      new AbortController().signal,
      Infinity,
      async (t) => t === 'posts',
    );
    expect(await got.get('posts')).toBeNull();
    expect(await got.get('comments')).not.toBeNull();
    expect(asked).toEqual(['https://data.example/comments.parquet']);
  });

  it('keeps a failed download for whoever awaits it, naming the file', async () => {
    stubFetch(404);
    const got = prefetchSmallFiles(
      [src('posts')],
      { posts: 10 },
      new AbortController().signal,
      Infinity,
      () => false,
    );
    const err = await got.get('posts')!.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SnapshotError);
    expect((err as Error).message).toMatch(/^posts\.parquet: the server answered HTTP 404/);
  });
});
