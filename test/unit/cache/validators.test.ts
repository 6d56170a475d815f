import { describe, expect, it } from 'vitest';
import { cacheable, sameValidators, validatorsFrom } from '../../../workers/engine/cache/validators';
import { entryName, judge, parseMeta } from '../../../workers/engine/cache/cache-entry';
import { formatSavedAt } from '../../../src/format/saved-at';

describe('cache validators and entries', () => {
  it('reads ETag, Last-Modified and Content-Length from response headers', () => {
    const v = validatorsFrom(
      new Headers({
        etag: 'W/"5-9"',
        'last-modified': 'Sat, 21 Nov 2026 10:00:00 GMT',
        'content-length': '5',
      }),
    );
    expect(v).toEqual({ etag: 'W/"5-9"', lastModified: 'Sat, 21 Nov 2026 10:00:00 GMT', length: 5 });
    expect(cacheable(v)).toBe(true);
    expect(validatorsFrom(new Headers({ 'content-length': 'x' })).length).toBeNull();
  });

  it('does not cache a file the server gives only a length for', () => {
    expect(cacheable(validatorsFrom(new Headers({ 'content-length': '5' })))).toBe(false);
  });

  it('compares every validator', () => {
    const a = { etag: 'a', lastModified: null, length: 1 };
    expect(sameValidators(a, { ...a })).toBe(true);
    expect(sameValidators(a, { ...a, etag: 'b' })).toBe(false);
    expect(sameValidators(a, { ...a, lastModified: 'x' })).toBe(false);
    expect(sameValidators(a, { ...a, length: 2 })).toBe(false);
  });

  it('names entries by URL, distinctly and stably', () => {
    const a = entryName('http://x/data/a/posts.parquet');
    expect(a).toBe(entryName('http://x/data/a/posts.parquet'));
    expect(a).toMatch(/^t-[0-9a-f]{16}$/);
    expect(entryName('http://x/data/b/posts.parquet')).not.toBe(a);
  });

  it('judges an entry for another table stale and refuses malformed metas', () => {
    const v = { etag: 'a', lastModified: null, length: 1 };
    const meta = parseMeta(
      JSON.stringify({
        format: 'x',
        url: 'u',
        table: 'posts',
        validators: v,
        rows: 1,
        chunks: [4],
        notices: [],
        savedAt: 1,
      }),
    );
    expect(meta).not.toBeNull();
    expect(judge(meta, 'u', 'comments', v)).toBe('stale');
    expect(judge(meta, 'other', 'posts', v)).toBe('miss');
    expect(parseMeta('[]')).toBeNull();
    expect(parseMeta(JSON.stringify({ ...meta, table: 'users' }))).toBeNull();
    expect(parseMeta(JSON.stringify({ ...meta, chunks: [0] }))).toBeNull();
  });

  it('formats the save time in UTC', () => {
    expect(formatSavedAt(Date.UTC(2026, 10, 22, 14, 3, 59))).toBe('22 Nov 2026 14:03 UTC');
    expect(formatSavedAt(Date.UTC(2026, 0, 5, 0, 7))).toBe('5 Jan 2026 00:07 UTC');
  });
});
