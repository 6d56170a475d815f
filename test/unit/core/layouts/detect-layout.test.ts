import { describe, expect, it } from 'vitest';
import { STAGE_COLUMNS } from '../../../../datasets/build/stage/schema';
import { detectLayout, FIELD_RULES, tableHint, type SourceColumn } from '../../../../src/core/layouts';

const cols = (spec: Record<string, string>): SourceColumn[] =>
  Object.entries(spec).map(([name, type]) => ({ name, type }));

const AICELL_POSTS = cols({
  id: 'VARCHAR',
  title: 'VARCHAR',
  content: 'VARCHAR',
  url: 'VARCHAR',
  upvotes: 'BIGINT',
  downvotes: 'BIGINT',
  comment_count: 'BIGINT',
  created_at: 'TIMESTAMP',
  submolt_id: 'VARCHAR',
  submolt_name: 'VARCHAR',
  submolt_display_name: 'VARCHAR',
  author_id: 'VARCHAR',
  author_name: 'VARCHAR',
});

function fields(columns: SourceColumn[], hint?: Parameters<typeof detectLayout>[1]) {
  const m = detectLayout(columns, hint);
  if (!m.ok) throw new Error(m.reason);
  return { ...m, by: Object.fromEntries(m.fields.map((f) => [f.column, f])) };
}

describe('the layout rule table', () => {
  it('names exactly the staging columns, in their order', () => {
    for (const t of Object.keys(STAGE_COLUMNS) as (keyof typeof STAGE_COLUMNS)[])
      expect(Object.keys(FIELD_RULES[t])).toEqual([...STAGE_COLUMNS[t]]);
  });
});

describe('detectLayout', () => {
  it('reads AIcell posts by the contract names, every column found', () => {
    const m = fields(AICELL_POSTS);
    expect(m.layout).toBe('posts/aicell-flat');
    expect(m.fields.every((f) => f.mode === 'coalesce' && f.paths[0] === f.column)).toBe(true);
  });

  it('reads nested author and submolt STRUCTs, and jscmp4 comments with submolt a string', () => {
    const post = fields(
      cols({
        id: 'VARCHAR',
        title: 'VARCHAR',
        created_at: 'VARCHAR',
        author_id: 'VARCHAR',
        author: 'STRUCT(id VARCHAR, "name" VARCHAR, followerCount BIGINT)',
        submolt: 'STRUCT(id VARCHAR, "name" VARCHAR, display_name VARCHAR)',
      }),
    );
    expect(post.layout).toBe('posts/nested-author-submolt');
    expect(post.by.author_id.paths).toEqual(['author_id', 'author.id']);
    expect(post.by.author_name.paths).toEqual(['author.name']);
    expect(post.by.submolt_display_name.paths).toEqual(['submolt.display_name']);
    const comment = fields(
      cols({
        id: 'VARCHAR',
        post_id: 'VARCHAR',
        post_title: 'VARCHAR',
        submolt: 'VARCHAR',
        created_at: 'VARCHAR',
        author: 'STRUCT(id VARCHAR, "name" VARCHAR, karma BIGINT, followerCount BIGINT)',
      }),
    );
    expect(comment.table).toBe('comments');
    expect(comment.by.author_follower_count.paths).toEqual(['author.followerCount']);
  });

  it('gives an author known by name alone a name: id, and a submolt name its own id', () => {
    const m = fields(
      cols({ id: 'VARCHAR', title: 'VARCHAR', created_at: 'VARCHAR', author: 'VARCHAR', submolt: 'VARCHAR' }),
    );
    expect(m.layout).toBe('posts/author-name-string');
    expect(m.by.author_id).toMatchObject({ mode: 'prefixed', prefix: 'name:', paths: ['author'] });
    expect(m.by.author_name.paths).toEqual(['author']);
    expect(m.by.submolt_id).toMatchObject({ mode: 'prefixed', prefix: '', paths: ['submolt'] });
  });

  it('never derives ids from names when the file has an id column', () => {
    const m = fields(AICELL_POSTS);
    expect(m.by.author_id.mode).toBe('coalesce');
    expect(m.by.submolt_id.mode).toBe('coalesce');
  });

  it('splits a net score only when the file has neither upvotes nor downvotes', () => {
    const obs = fields(
      cols({
        id: 'VARCHAR',
        agent_name: 'VARCHAR',
        title: 'VARCHAR',
        score: 'VARCHAR',
        created_at: 'VARCHAR',
      }),
    );
    expect(obs.layout).toBe('posts/observatory');
    expect(obs.by.upvotes).toMatchObject({ mode: 'net-up', paths: ['score'] });
    expect(obs.by.downvotes).toMatchObject({ mode: 'net-down', paths: ['score'] });
    expect(obs.by.author_id).toMatchObject({ mode: 'prefixed', paths: ['agent_name'] });
    const both = fields(
      cols({
        id: 'VARCHAR',
        title: 'VARCHAR',
        created_at: 'VARCHAR',
        upvotes: 'INTEGER',
        downvotes: 'INTEGER',
        score: 'INTEGER',
      }),
    );
    expect(both.by.upvotes).toMatchObject({ mode: 'coalesce', paths: ['upvotes'] });
    expect(both.by.downvotes).toMatchObject({ mode: 'coalesce', paths: ['downvotes'] });
    // Upvotes alone are upvotes, never a net score; downvotes stay unknown.
    const up = fields(
      cols({ id: 'VARCHAR', title: 'VARCHAR', created_at: 'VARCHAR', upvotes: 'INTEGER', score: 'INTEGER' }),
    );
    expect(up.by.upvotes).toMatchObject({ mode: 'coalesce', paths: ['upvotes'] });
    expect(up.by.downvotes.mode).toBe('none');
  });

  it('reads Observatory agent ids when the archive has them', () => {
    const m = fields(
      cols({
        id: 'VARCHAR',
        agent_id: 'VARCHAR',
        agent_name: 'VARCHAR',
        title: 'VARCHAR',
        created_at: 'TIMESTAMP',
      }),
    );
    expect(m.by.author_id).toMatchObject({ mode: 'coalesce', paths: ['agent_id'] });
  });

  it('reads TrustAIRLab posts out of the STRUCT post', () => {
    const m = fields(
      cols({
        id: 'VARCHAR',
        topic_label: 'VARCHAR',
        toxic_level: 'BIGINT',
        post: 'STRUCT(comment_count BIGINT, "content" VARCHAR, created_at VARCHAR, downvotes BIGINT, id VARCHAR, submolt STRUCT(display_name VARCHAR, id VARCHAR, "name" VARCHAR), title VARCHAR, upvotes BIGINT, url VARCHAR)',
      }),
    );
    expect(m.layout).toBe('posts/trustairlab-struct-post');
    expect(m.by.id.paths).toEqual(['post.id', 'id']);
    expect(m.by.submolt_name.paths).toEqual(['post.submolt.name']);
    expect(m.by.author_id.mode).toBe('none');
  });

  it('reads camelCase agents and Observatory agents known by name', () => {
    const js = fields(
      cols({
        id: 'VARCHAR',
        name: 'VARCHAR',
        followerCount: 'BIGINT',
        followingCount: 'BIGINT',
        createdAt: 'VARCHAR',
      }),
    );
    expect(js.layout).toBe('agents/camelcase');
    expect(js.by.follower_count.paths).toEqual(['followerCount']);
    const obs = fields(
      cols({ name: 'VARCHAR', karma: 'VARCHAR', first_seen_at: 'VARCHAR', created_at: 'VARCHAR' }),
    );
    expect(obs.layout).toBe('agents/observatory');
    expect(obs.by.id).toMatchObject({ mode: 'prefixed', prefix: 'name:' });
    expect(obs.by.created_at.paths).toEqual(['created_at', 'first_seen_at']);
  });

  it('lets the file name decide only between tables the columns fit', () => {
    const both = cols({ id: 'VARCHAR', name: 'VARCHAR', karma: 'BIGINT', display_name: 'VARCHAR' });
    expect(fields(both).table).toBe('agents');
    expect(fields(both, tableHint('submolts.parquet')).table).toBe('submolts');
    expect(fields(AICELL_POSTS, tableHint('comments.parquet')).table).toBe('posts');
  });

  it('refuses unknown columns, naming those found and those expected', () => {
    const m = detectLayout(cols({ agent_uuid: 'VARCHAR', 'we"ird': 'VARCHAR' }));
    expect(m.ok).toBe(false);
    if (!m.ok) {
      expect(m.reason).toContain('columns found: agent_uuid, we"ird');
      expect(m.reason).toContain(
        'posts (id or post.id; title or post.title; created_at or post.created_at or createdAt)',
      );
      expect(m.reason).toContain('comments (id; post_id or postId; created_at or createdAt)');
    }
    const vectors = detectLayout(cols({ id: 'VARCHAR', vec: 'FLOAT[]' }));
    expect(!vectors.ok && vectors.reason).toMatch(/vectors file .*--embeddings/);
  });

  it('does not take a STRUCT for a value', () => {
    // `author` is an object here: not a name string, and no author.name inside.
    const m = fields(
      cols({ id: 'VARCHAR', title: 'VARCHAR', created_at: 'VARCHAR', author: 'STRUCT(id VARCHAR)' }),
    );
    expect(m.by.author_name.mode).toBe('none');
    expect(m.by.author_id.paths).toEqual(['author.id']);
  });
});
