/**
 * The snapshot contract: which tables a snapshot holds and which columns each must have.
 *
 * Column names follow the paper's own dataset (Hugging Face AIcell/moltbook-data) so its Parquet
 * files open unchanged. `kind` is the logical type the validator checks; Parquet physical types that
 * map onto it (e.g. INT32 or INT64 for `int`) are all accepted.
 */
export type ColumnKind = 'string' | 'int' | 'float' | 'timestamp' | 'int8list' | 'floatlist';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** Required columns must be present; optional ones are filled with NULL when absent. */
  required: boolean;
  nullable: boolean;
}

export type TableName = 'posts' | 'comments' | 'agents' | 'submolts' | 'embeddings' | 'ngrams';

export interface TableSpec {
  name: TableName;
  required: boolean;
  /** Columns that hold long agent-written text: views that only count never read them. */
  textColumns: string[];
  /** Decoded from its file into the engine worker at load, for its one user; never copied into DuckDB. */
  decodedApart?: boolean;
  columns: ColumnSpec[];
}

const col = (name: string, kind: ColumnKind, required = false, nullable = true): ColumnSpec => ({
  name,
  kind,
  required,
  nullable,
});

export const TABLES: Record<TableName, TableSpec> = {
  posts: {
    name: 'posts',
    required: true,
    textColumns: ['title', 'content', 'url'],
    columns: [
      col('id', 'string', true, false),
      col('title', 'string'),
      col('content', 'string'),
      col('url', 'string'),
      col('upvotes', 'int'),
      col('downvotes', 'int'),
      col('comment_count', 'int'),
      col('created_at', 'timestamp', true, false),
      col('submolt_id', 'string'),
      col('submolt_name', 'string'),
      col('submolt_display_name', 'string'),
      col('author_id', 'string'),
      col('author_name', 'string'),
    ],
  },
  comments: {
    name: 'comments',
    required: true,
    textColumns: ['content'],
    columns: [
      col('id', 'string', true, false),
      col('post_id', 'string', true, false),
      col('parent_id', 'string'),
      col('content', 'string'),
      col('upvotes', 'int'),
      col('downvotes', 'int'),
      col('created_at', 'timestamp', true, false),
      col('depth', 'int'),
      col('author_id', 'string'),
      col('author_name', 'string'),
      col('author_karma', 'int'),
      col('author_follower_count', 'int'),
    ],
  },
  agents: {
    name: 'agents',
    required: false,
    textColumns: ['description'],
    columns: [
      col('id', 'string', true, false),
      col('name', 'string', true),
      col('description', 'string'),
      col('karma', 'int'),
      col('follower_count', 'int'),
      col('following_count', 'int'),
      col('created_at', 'timestamp'),
    ],
  },
  submolts: {
    name: 'submolts',
    required: false,
    textColumns: ['description'],
    columns: [
      col('id', 'string', true, false),
      col('name', 'string', true),
      col('display_name', 'string'),
      col('description', 'string'),
      col('subscriber_count', 'int'),
    ],
  },
  /**
   * Vectors live in their own file so views that need none never fetch them. Each row is one post
   * or comment: `vec` holds int8 components, the float vector is `vec[i] * scale` (unit length).
   */
  embeddings: {
    name: 'embeddings',
    required: false,
    textColumns: [],
    columns: [
      col('id', 'string', true, false),
      col('kind', 'string', true, false),
      col('vec', 'int8list', true, false),
      col('scale', 'float', true, false),
    ],
  },
  /**
   * An optional index the snapshot builder writes: occurrences of each n-gram among the posts or
   * comments (`kind`) of one UTC day (`day`, days since 1970-01-01) and submolt. Rows with n = 0
   * count the items themselves. Lexical turnover reads it instead of tokenising every text; handing
   * its millions of rows from DuckDB-WASM to JavaScript would cost about a second, so it is decoded
   * apart.
   */
  ngrams: {
    name: 'ngrams',
    required: false,
    textColumns: [],
    decodedApart: true,
    columns: [
      col('kind', 'string', true, false),
      col('day', 'int', true, false),
      col('submolt', 'string'),
      col('n', 'int', true, false),
      col('gram', 'int', true, false),
      col('count', 'int', true, false),
    ],
  },
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
