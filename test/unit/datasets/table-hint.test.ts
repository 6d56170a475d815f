import { describe, expect, it } from 'vitest';
import { tableHintOf } from '../../../datasets/build/import/table-hint';

describe('tableHintOf', () => {
  it('reads the file name first, then up to two folders', () => {
    expect(tableHintOf('/x/posts/comments-00000.parquet')).toBe('comments');
    expect(tableHintOf('/x/data/comments/2026-01-27.parquet')).toBe('comments');
    expect(tableHintOf('/x/posts/date=2026-01-27/part-0.parquet')).toBe('posts');
    expect(tableHintOf('/x/PaDaS/profiles/train-0.parquet')).toBe('agents');
    expect(tableHintOf('/x/submolts_meta/train-0.parquet')).toBe('submolts');
    expect(tableHintOf('/posts/a/b/part-0.parquet')).toBeUndefined();
  });
});
