import { describe, expect, it } from 'vitest';
import { filterWords, identifiers, tablesUsed } from '../../../src/views/explore/tables-used';
import { filteredViewsSql } from '../../../src/core/queries/console-views';
import { NO_FILTER, type DataFilter } from '../../../src/core/queries/filters';

const DAY = 86_400_000;
const JAN29 = Date.UTC(2026, 0, 29);
const FILTER: DataFilter = { range: [JAN29, JAN29 + 3 * DAY], submolts: ['general'] };
const TABLES = ['agents', 'comments', 'posts', 'submolts'];

describe('identifiers', () => {
  it('skips strings and comments and unquotes quoted names', () => {
    const ids = identifiers(
      `SELECT 'posts' AS x /* comments */, "Comments_Filtered".id -- agents\nFROM "comments_filtered", main.submolts`,
    );
    expect(ids.has('posts')).toBe(false);
    expect(ids.has('agents')).toBe(false);
    expect(ids.has('comments')).toBe(false);
    expect(ids.has('comments_filtered')).toBe(true);
    expect(ids.has('submolts')).toBe(true);
  });

  it('survives unterminated strings and comments', () => {
    expect([...identifiers("SELECT 'abc")]).toEqual(['select']);
    expect([...identifiers('SELECT /* posts')]).toEqual(['select']);
  });
});

describe('tablesUsed', () => {
  it('names each table with the rows it stands for', () => {
    expect(
      tablesUsed('SELECT count(*) FROM posts p JOIN comments_filtered c ON c.post_id = p.id', TABLES, FILTER),
    ).toEqual([
      'posts (all days, all submolts)',
      'comments_filtered (2026-01-29 to 2026-01-31 UTC, m/general)',
    ]);
    expect(tablesUsed('SELECT * FROM agents', TABLES, FILTER)).toEqual(['agents']);
    expect(tablesUsed('SELECT * FROM posts_filtered', TABLES, NO_FILTER)).toEqual([
      'posts_filtered (no filter: all days, all submolts)',
    ]);
    expect(tablesUsed('SELECT 1', TABLES, FILTER)).toEqual([]);
  });

  it('words a filter', () => {
    expect(filterWords({ range: null, submolts: ['a', 'b'] })).toBe('m/a, m/b');
    expect(filterWords({ range: [JAN29, JAN29 + DAY], submolts: [] })).toBe('2026-01-29 to 2026-01-29 UTC');
  });
});

describe('filteredViewsSql', () => {
  it('builds TEMP views with the filter escaped', () => {
    const [posts, comments] = filteredViewsSql({ range: [JAN29, JAN29 + DAY], submolts: ["o'hara"] });
    expect(posts!.sql).toBe(
      `CREATE OR REPLACE TEMP VIEW posts_filtered AS SELECT * FROM posts WHERE created_at >= epoch_ms(${JAN29}) AND created_at < epoch_ms(${JAN29 + DAY}) AND submolt_name IN ('o''hara')`,
    );
    expect(comments!.sql).toContain('JOIN posts p ON p.id = c.post_id');
    expect(comments!.sql).toContain("p.submolt_name IN ('o''hara')");
    expect(comments!.sql).toContain(`c.created_at >= epoch_ms(${JAN29})`);
  });

  it('without a filter, the views are the whole tables', () => {
    const [posts, comments] = filteredViewsSql(NO_FILTER);
    expect(posts!.sql.trim()).toBe('CREATE OR REPLACE TEMP VIEW posts_filtered AS SELECT * FROM posts');
    expect(comments!.sql.trim()).toBe(
      'CREATE OR REPLACE TEMP VIEW comments_filtered AS SELECT c.* FROM comments c',
    );
  });
});
