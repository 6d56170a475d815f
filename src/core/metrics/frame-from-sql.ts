/**
 * Builds the analysis Frame with the engine doing the joins: row order, agent and submolt numbering,
 * post and parent resolution and vector placement are computed in SQL, and only integer and float
 * columns (plus the ids) cross into JavaScript. At paper scale this replaces millions of string-keyed
 * Map lookups (build-frame.ts), which took over 15 s in the browser, with a few hash joins.
 *
 * The numbering is exactly build-frame.ts's, so both give the same Frame (checked by a unit test):
 * posts and comments ordered by (created_at, id); agents numbered by first appearance over posts
 * then comments, keyed by author_name, else author_id; submolts by first appearance over posts.
 */
import { DAY_MS, type CommentColumns, type Frame, type ItemColumns } from '../frame.ts';
import { boundSpan } from '../time-grid.ts';
import { fillDepths, vectorPlacer } from './build-frame.ts';

/** One query's columns: numbers as typed or plain arrays, strings as arrays. */
export type SqlColumns = Record<string, ArrayLike<number> | ArrayLike<string | null> | Int8Array[]>;

export interface SqlRunner {
  /** Runs a statement that returns nothing. */
  exec(sql: string): Promise<void>;
  /** Runs a query; `lists` names int8 list columns to return as one Int8Array per row. */
  columns(sql: string, lists?: string[]): Promise<SqlColumns>;
  /**
   * Runs a query and hands its rows over a batch at a time (optional). Where a runner has it, the
   * vectors never exist as one result in JavaScript: at paper scale that result (2.1M int8 lists)
   * cost more memory than the frame itself.
   */
  chunks?(sql: string, lists: string[], visit: (batch: SqlColumns) => void): Promise<void>;
  /** Whether to attach the embeddings table's vectors now (see {@link attachVectors}). */
  hasEmbeddings: boolean;
}

// Session-local tables (TEMP), dropped at the end; their names cannot collide with a snapshot's.
const POSTS = 'moltscope_frame_posts';
const COMMENTS = 'moltscope_frame_comments';
const AGENTS = 'moltscope_frame_agents';
const SUBMOLTS = 'moltscope_frame_submolts';

// Join conditions are plain equalities on purpose: DuckDB runs an ON clause with any other term
// (e.g. "AND parent_id <> ''") as a nested-loop join, which at a million rows never finishes.

const AUTHOR_KEY = `CASE WHEN author_name IS NULL THEN author_id ELSE author_name END`;

const STAGE = [
  `CREATE OR REPLACE TEMP TABLE ${POSTS} AS SELECT
     (row_number() OVER (ORDER BY created_at, id) - 1)::INTEGER AS k, id,
     epoch_ms(created_at)::DOUBLE AS ms, ${AUTHOR_KEY} AS akey,
     CASE WHEN submolt_name = '' THEN NULL ELSE submolt_name END AS sub,
     coalesce(upvotes, 0)::DOUBLE AS up, coalesce(downvotes, 0)::DOUBLE AS down
   FROM posts`,
  `CREATE OR REPLACE TEMP TABLE ${COMMENTS} AS SELECT
     (row_number() OVER (ORDER BY created_at, id) - 1)::INTEGER AS k, id, post_id, parent_id,
     epoch_ms(created_at)::DOUBLE AS ms, ${AUTHOR_KEY} AS akey,
     coalesce(upvotes, 0)::DOUBLE AS up, coalesce(downvotes, 0)::DOUBLE AS down,
     coalesce(depth::DOUBLE, -1) AS depth
   FROM comments`,
  `CREATE OR REPLACE TEMP TABLE ${AGENTS} AS
   SELECT akey, (row_number() OVER (ORDER BY first) - 1)::INTEGER AS a FROM (
     SELECT akey, min(ord) AS first FROM (
       SELECT akey, k::BIGINT AS ord FROM ${POSTS}
       UNION ALL SELECT akey, (SELECT count(*) FROM ${POSTS}) + k FROM ${COMMENTS}
     ) WHERE akey IS NOT NULL AND akey <> '' GROUP BY akey)`,
  `CREATE OR REPLACE TEMP TABLE ${SUBMOLTS} AS
   SELECT sub, (row_number() OVER (ORDER BY first) - 1)::INTEGER AS s FROM (
     SELECT sub, min(k) AS first FROM ${POSTS} WHERE sub IS NOT NULL GROUP BY sub)`,
];

// Rows come back in whatever order the joins leave them, with their frame index k: placing them
// in JavaScript is cheaper than sorting a million rows (with their ids) in the engine.

const POST_ROWS = `SELECT p.k, p.id, p.ms, coalesce(a.a, -1)::INTEGER AS author, coalesce(s.s, -1)::INTEGER AS submolt,
  p.up, p.down
  FROM ${POSTS} p LEFT JOIN ${AGENTS} a ON a.akey = p.akey LEFT JOIN ${SUBMOLTS} s ON s.sub = p.sub`;

const COMMENT_ROWS = `SELECT c.k, c.id, c.ms, coalesce(a.a, -1)::INTEGER AS author,
  coalesce(p.k, -1)::INTEGER AS post, coalesce(par.k, -1)::INTEGER AS parent,
  coalesce(s.s, -1)::INTEGER AS submolt, c.up, c.down, c.depth
  FROM ${COMMENTS} c
  LEFT JOIN ${AGENTS} a ON a.akey = c.akey
  LEFT JOIN ${POSTS} p ON p.id = c.post_id
  LEFT JOIN ${SUBMOLTS} s ON s.sub = p.sub
  LEFT JOIN ${COMMENTS} par ON par.id = nullif(c.parent_id, '')`;

// Numbered as in STAGE (created_at, id), from the tables themselves: the vectors may be attached
// long after the frame was built, when its stage tables are gone.
const VECTOR_ROWS = `SELECT 1 AS is_post, p.k, e.vec, e.scale::DOUBLE AS scale
  FROM embeddings e JOIN (SELECT id, (row_number() OVER (ORDER BY created_at, id) - 1)::INTEGER AS k FROM posts) p
    ON p.id = e.id WHERE e.kind = 'post'
  UNION ALL
  SELECT 0 AS is_post, c.k, e.vec, e.scale::DOUBLE AS scale
  FROM embeddings e JOIN (SELECT id, (row_number() OVER (ORDER BY created_at, id) - 1)::INTEGER AS k FROM comments) c
    ON c.id = e.id WHERE e.kind = 'comment'
  ORDER BY is_post DESC, k`;

const num = (cols: SqlColumns, name: string) => cols[name] as ArrayLike<number>;
const str = (cols: SqlColumns, name: string) => Array.from(cols[name] as ArrayLike<string | null>);

/** Puts every row's value at its frame index k (rows arrive unordered). */
function placed<T extends { [i: number]: unknown; length: number }>(
  k: ArrayLike<number>,
  values: ArrayLike<T[number]>,
  into: T,
): T {
  for (let r = 0; r < k.length; r++) into[k[r]] = values[r];
  return into;
}

export async function frameFromSql(db: SqlRunner): Promise<Frame> {
  for (const sql of STAGE) await db.exec(sql);
  try {
    const agents = str(await db.columns(`SELECT akey FROM ${AGENTS} ORDER BY a`), 'akey') as string[];
    const submolts = str(await db.columns(`SELECT sub FROM ${SUBMOLTS} ORDER BY s`), 'sub') as string[];
    const p = await db.columns(POST_ROWS);
    const c = await db.columns(COMMENT_ROWS);
    let minMs = Infinity;
    let maxMs = -Infinity;
    for (const ms of [num(p, 'ms'), num(c, 'ms')]) {
      for (let i = 0; i < ms.length; i++) {
        if (ms[i] < minMs) minMs = ms[i];
        if (ms[i] > maxMs) maxMs = ms[i];
      }
    }
    const day0Ms = Number.isFinite(minMs) ? Math.floor(minMs / DAY_MS) * DAY_MS : 0;
    const days = Number.isFinite(maxMs) ? Math.floor((maxMs - day0Ms) / DAY_MS) + 1 : 0;
    // Every per-day table of every diagnostic is this wide: refuse decades rather than allocate them.
    boundSpan(days, 'The analysis frame (first to last item)');
    const items = (cols: SqlColumns): ItemColumns => {
      const k = num(cols, 'k');
      const n = k.length;
      const ms = placed(k, num(cols, 'ms'), new Float64Array(n));
      const up = placed(k, num(cols, 'up'), new Float64Array(n));
      const down = placed(k, num(cols, 'down'), new Float64Array(n));
      return {
        n,
        ids: placed(k, cols.id as ArrayLike<string>, new Array<string>(n)),
        author: placed(k, num(cols, 'author'), new Int32Array(n)),
        day: Int32Array.from(ms, (t) => Math.floor((t - day0Ms) / DAY_MS)),
        timeMs: ms,
        submolt: placed(k, num(cols, 'submolt'), new Int32Array(n)),
        score: up.map((u, i) => u - down[i]),
        upvotes: up,
        vectors: null,
        texts: null,
      };
    };
    const posts = items(p);
    const comments = items(c) as CommentColumns;
    const ck = num(c, 'k');
    comments.post = placed(ck, num(c, 'post'), new Int32Array(comments.n));
    comments.parent = placed(ck, num(c, 'parent'), new Int32Array(comments.n));
    comments.depth = placed(ck, num(c, 'depth'), new Int32Array(comments.n));
    fillDepths(comments);
    const frame: Frame = { dim: 0, day0Ms, days, agents, submolts, posts, comments };
    if (db.hasEmbeddings) await attachVectors(db, frame);
    return frame;
  } finally {
    for (const t of [POSTS, COMMENTS, AGENTS, SUBMOLTS]) await db.exec(`DROP TABLE IF EXISTS ${t}`);
  }
}

/**
 * Places the embeddings table's vectors into a frame built without them: the frame is built in
 * parts, and only the diagnostics that read vectors wait for them (and for their file).
 */
export async function attachVectors(db: Omit<SqlRunner, 'hasEmbeddings'>, frame: Frame): Promise<void> {
  const placer = vectorPlacer(frame);
  const place = (e: SqlColumns) =>
    placer.add({
      isPost: num(e, 'is_post'),
      index: num(e, 'k'),
      vec: e.vec as Int8Array[],
      scale: num(e, 'scale'),
    });
  if (db.chunks) await db.chunks(VECTOR_ROWS, ['vec'], place);
  else place(await db.columns(VECTOR_ROWS, ['vec']));
  placer.finish();
}
