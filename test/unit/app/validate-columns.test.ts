import { describe, expect, it } from 'vitest';
import { validateColumns, SnapshotError } from '../../../src/core/snapshot';

const POSTS_OK = [
  { name: 'id', type: 'VARCHAR' },
  { name: 'title', type: 'VARCHAR' },
  { name: 'created_at', type: 'TIMESTAMP WITH TIME ZONE' },
  { name: 'upvotes', type: 'BIGINT' },
  { name: 'author_name', type: 'NULL' },
  { name: 'extra_col', type: 'BOOLEAN' },
];

describe('validateColumns', () => {
  it('plans missing, all-null and extra columns', () => {
    const plan = validateColumns('posts', 'posts.parquet', POSTS_OK);
    expect(plan.missing).toContain('content');
    expect(plan.missing).toContain('author_name');
    expect(plan.extra).toEqual(['extra_col']);
    expect(plan.repairs).toEqual([]);
  });

  it('repairs text and epoch timestamps', () => {
    const text = validateColumns('posts', 'p', [
      { name: 'id', type: 'VARCHAR' },
      { name: 'created_at', type: 'VARCHAR' },
    ]);
    expect(text.repairs).toEqual([{ column: 'created_at', repair: 'parse-text' }]);
    const epoch = validateColumns('posts', 'p', [
      { name: 'id', type: 'VARCHAR' },
      { name: 'created_at', type: 'BIGINT' },
    ]);
    expect(epoch.repairs[0].column).toBe('created_at');
  });

  it('rejects a missing required column with file, column, expected and found', () => {
    try {
      validateColumns('comments', 'comments.parquet', [{ name: 'id', type: 'VARCHAR' }]);
      expect.unreachable();
    } catch (e) {
      const err = e as SnapshotError;
      expect(err).toBeInstanceOf(SnapshotError);
      expect(err.file).toBe('comments.parquet');
      expect(err.column).toBe('post_id');
      expect(err.found).toBe('no such column');
    }
  });

  it('rejects a wrong type', () => {
    expect(() =>
      validateColumns('posts', 'posts.parquet', [
        { name: 'id', type: 'VARCHAR' },
        { name: 'created_at', type: 'TIMESTAMP' },
        { name: 'upvotes', type: 'VARCHAR' },
      ]),
    ).toThrow(/"upvotes" should be integer but is VARCHAR/);
  });
});
