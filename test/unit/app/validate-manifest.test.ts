import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest, SnapshotError } from '../../../src/core/snapshot';

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

describe('validateManifest', () => {
  it('accepts the tiny fixture', () => {
    const m = validateManifest(tiny);
    expect(m.files.posts?.rows).toBe(6);
    expect(m.synthetic?.generator).toBe('hand-made');
  });

  it('names the field, what was expected and what was found', () => {
    const e = errorOf(() =>
      validateManifest({ ...tiny, files: { ...tiny.files, posts: { path: 'p.parquet', rows: -1 } } }),
    );
    expect(e.column).toBe('files.posts.rows');
    expect(e.expected).toBe('a non-negative integer');
    expect(e.found).toBe('-1');
  });

  it('requires posts and comments', () => {
    expect(errorOf(() => validateManifest({ ...tiny, files: { posts: tiny.files.posts } })).column).toBe(
      'files.comments',
    );
  });

  it('refuses a newer schema version and non-objects', () => {
    expect(errorOf(() => validateManifest({ ...tiny, schemaVersion: 99 })).column).toBe('schemaVersion');
    expect(errorOf(() => validateManifest([])).column).toBe('(root)');
    expect(
      errorOf(() => validateManifest({ ...tiny, files: { ...tiny.files, bogus: { path: 'x', rows: 1 } } }))
        .column,
    ).toBe('files.bogus');
  });
});
