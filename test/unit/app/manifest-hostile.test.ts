import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest, SnapshotError } from '../../../src/core/snapshot';
import { resolveInManifestFolder, unsafeManifestPath } from '../../../src/core/snapshot/manifest-path';

const tiny = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/tiny/manifest.json'), 'utf8'));

function errorOf(f: () => unknown): SnapshotError {
  try {
    f();
  } catch (e) {
    if (e instanceof SnapshotError) return e;
    throw e;
  }
  throw new Error('expected a SnapshotError');
}

const withPostsPath = (path: string) => ({
  ...tiny,
  files: { ...tiny.files, posts: { ...tiny.files.posts, path } },
});

describe('manifest file paths stay in the manifest folder', () => {
  const hostile = [
    '../../../../etc/passwd',
    '../posts.parquet',
    'sub/../../posts.parquet',
    './posts.parquet',
    '%2e%2e/posts.parquet',
    '%2E%2E%2Fposts.parquet',
    '%252e%252e/posts.parquet',
    '/etc/passwd',
    '//evil.example/posts.parquet',
    'https://evil.example/posts.parquet',
    'data:application/octet-stream;base64,UEFSMQ==',
    'javascript:alert(1)',
    '..\\posts.parquet',
    'sub\\posts.parquet',
    '.\t./posts.parquet',
    'sub//posts.parquet',
    '%zz/posts.parquet',
  ];
  for (const path of hostile) {
    it(`refuses ${JSON.stringify(path)}`, () => {
      expect(unsafeManifestPath(path)).not.toBeNull();
      const e = errorOf(() => validateManifest(withPostsPath(path)));
      expect(e.file).toBe('manifest.json');
      expect(e.column).toBe('files.posts.path');
      expect(e.message).toContain("inside the manifest's folder");
    });
  }

  it('accepts plain relative paths, also in subfolders', () => {
    for (const path of ['posts.parquet', 'data/posts.parquet', 'posts%20v2.parquet', 'a..b.parquet']) {
      expect(unsafeManifestPath(path)).toBeNull();
      expect(validateManifest(withPostsPath(path)).files.posts?.path).toBe(path);
    }
  });

  it('resolves only inside the folder of the manifest URL', () => {
    const base = new URL('https://owner.github.io/site/data/manifest.json');
    expect(resolveInManifestFolder('posts.parquet', base)?.href).toBe(
      'https://owner.github.io/site/data/posts.parquet',
    );
    expect(resolveInManifestFolder('x/posts.parquet', base)?.pathname).toBe('/site/data/x/posts.parquet');
    expect(resolveInManifestFolder('../other/posts.parquet', base)).toBeNull();
    expect(resolveInManifestFolder('%2e%2e/other/posts.parquet', base)).toBeNull();
    expect(resolveInManifestFolder('/other/posts.parquet', base)).toBeNull();
    expect(resolveInManifestFolder('https://evil.example/p.parquet', base)).toBeNull();
  });
});

describe('manifest numbers', () => {
  for (const v of [0, -1, 0.5, 1.5, '1', null]) {
    it(`refuses schemaVersion ${JSON.stringify(v)}`, () => {
      const e = errorOf(() => validateManifest({ ...tiny, schemaVersion: v }));
      expect(e.column).toBe('schemaVersion');
      expect(e.expected).toBe('a positive integer');
    });
  }

  it('refuses a file size that is not a real size (1e999 is Infinity in JSON)', () => {
    const raw = JSON.parse(
      JSON.stringify(withBytes(1)).replace(
        '"path":"posts.parquet","rows":6,"bytes":1',
        '"path":"posts.parquet","rows":6,"bytes":1e999',
      ),
    );
    expect(raw.files.posts.bytes).toBe(Infinity);
    expect(errorOf(() => validateManifest(raw)).column).toBe('files.posts.bytes');
    expect(errorOf(() => validateManifest(withBytes(-5))).column).toBe('files.posts.bytes');
    expect(errorOf(() => validateManifest(withBytes('big'))).column).toBe('files.posts.bytes');
    expect(validateManifest(withBytes(1234)).files.posts?.bytes).toBe(1234);
  });

  it('refuses embedding dimensions that are not a whole number', () => {
    for (const d of [1.5, JSON.parse('1e999'), 0]) {
      const e = errorOf(() =>
        validateManifest({ ...tiny, embedding: { model: 'm', method: 'x', dimensions: d } }),
      );
      expect(e.column).toBe('embedding.dimensions');
    }
  });
});

function withBytes(bytes: unknown) {
  return { ...tiny, files: { ...tiny.files, posts: { ...tiny.files.posts, bytes } } };
}
