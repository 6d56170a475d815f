/**
 * Rows as the snapshot contract (src/core/snapshot/tables.ts) names them. Times are epoch
 * milliseconds (UTC); the Parquet writer turns them into real TIMESTAMP columns.
 */
export interface PostRow {
  id: string;
  title: string | null;
  content: string | null;
  url: string | null;
  upvotes: number | null;
  downvotes: number | null;
  comment_count: number | null;
  created_at: number;
  submolt_id: string | null;
  submolt_name: string | null;
  submolt_display_name: string | null;
  author_id: string | null;
  author_name: string | null;
}

export interface CommentRow {
  id: string;
  post_id: string;
  parent_id: string | null;
  content: string | null;
  upvotes: number | null;
  downvotes: number | null;
  created_at: number;
  depth: number | null;
  author_id: string | null;
  author_name: string | null;
  author_karma: number | null;
  author_follower_count: number | null;
}

export interface AgentRow {
  id: string;
  name: string;
  description: string | null;
  karma: number | null;
  follower_count: number | null;
  following_count: number | null;
  created_at: number | null;
}

export interface SubmoltRow {
  id: string;
  name: string;
  display_name: string | null;
  description: string | null;
  subscriber_count: number | null;
}

/** DuckDB types of each table's columns, in contract order; `created_at` arrives as epoch ms. */
export const SQL_COLUMNS = {
  posts: {
    id: 'VARCHAR',
    title: 'VARCHAR',
    content: 'VARCHAR',
    url: 'VARCHAR',
    upvotes: 'INTEGER',
    downvotes: 'INTEGER',
    comment_count: 'INTEGER',
    created_at: 'BIGINT',
    submolt_id: 'VARCHAR',
    submolt_name: 'VARCHAR',
    submolt_display_name: 'VARCHAR',
    author_id: 'VARCHAR',
    author_name: 'VARCHAR',
  },
  comments: {
    id: 'VARCHAR',
    post_id: 'VARCHAR',
    parent_id: 'VARCHAR',
    content: 'VARCHAR',
    upvotes: 'INTEGER',
    downvotes: 'INTEGER',
    created_at: 'BIGINT',
    depth: 'INTEGER',
    author_id: 'VARCHAR',
    author_name: 'VARCHAR',
    author_karma: 'INTEGER',
    author_follower_count: 'INTEGER',
  },
  agents: {
    id: 'VARCHAR',
    name: 'VARCHAR',
    description: 'VARCHAR',
    karma: 'INTEGER',
    follower_count: 'INTEGER',
    following_count: 'INTEGER',
    created_at: 'BIGINT',
  },
  submolts: {
    id: 'VARCHAR',
    name: 'VARCHAR',
    display_name: 'VARCHAR',
    description: 'VARCHAR',
    subscriber_count: 'INTEGER',
  },
  // `t` (the item's time) only orders the rows and is dropped on write.
  embeddings: { id: 'VARCHAR', kind: 'VARCHAR', t: 'BIGINT', vec: 'TINYINT[]', scale: 'FLOAT' },
} as const;
