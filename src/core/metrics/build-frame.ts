/**
 * Turns plain per-table column arrays (from DuckDB-WASM in the worker, @duckdb/node-api in Node)
 * into a Frame: agent/submolt indexing, UTC day indices, post/parent resolution, comment depth and
 * unit-vector placement. No DuckDB in here, so both sides share it.
 */
import { DAY_MS, type CommentColumns, type Frame, type ItemColumns } from '../frame.ts';
import { boundSpan } from '../time-grid.ts';
import { postText } from '../text/tokenize.ts';

type Maybe<T> = T | null | undefined;

export interface RawPosts {
  id: string[];
  /** created_at as epoch ms. */
  createdMs: number[];
  authorId?: Maybe<string>[];
  authorName?: Maybe<string>[];
  submoltName?: Maybe<string>[];
  upvotes?: Maybe<number>[];
  downvotes?: Maybe<number>[];
  title?: Maybe<string>[];
  content?: Maybe<string>[];
}

export interface RawComments {
  id: string[];
  postId: string[];
  parentId?: Maybe<string>[];
  createdMs: number[];
  authorId?: Maybe<string>[];
  authorName?: Maybe<string>[];
  upvotes?: Maybe<number>[];
  downvotes?: Maybe<number>[];
  depth?: Maybe<number>[];
  content?: Maybe<string>[];
}

export interface RawEmbeddings {
  id: string[];
  kind: string[];
  /** int8 components; the float vector is vec[i] * scale. */
  vec: ArrayLike<number>[];
  scale: number[];
}

export interface RawColumns {
  posts: RawPosts;
  comments: RawComments;
  embeddings?: RawEmbeddings | null;
}

export interface BuildOptions {
  /** Keep texts in the frame (needed by lexical diagnostics). */
  texts?: boolean;
  /** Drop posts whose text occurs more than this many times (paper preprocessing); 0 keeps all. */
  dropDuplicateTextsOver?: number;
}

/** Builds the analysis frame from raw column arrays. */
export function buildFrame(raw: RawColumns, opts: BuildOptions = {}): Frame {
  const agentIds = new Map<string, number>();
  const agents: string[] = [];
  const agentOf = (name: Maybe<string>, id: Maybe<string>) => {
    const key = name ?? id;
    if (key === null || key === undefined || key === '') return -1;
    let a = agentIds.get(key);
    if (a === undefined) {
      a = agents.length;
      agentIds.set(key, a);
      agents.push(key);
    }
    return a;
  };
  const submoltIds = new Map<string, number>();
  const submolts: string[] = [];
  const P = raw.posts;
  const postTexts = P.id.map((_, i) => postText(P.title?.[i] ?? null, P.content?.[i] ?? null));
  let keep = P.id.map((_, i) => i);
  if (opts.dropDuplicateTextsOver && opts.dropDuplicateTextsOver > 0) {
    const freq = new Map<string, number>();
    for (const t of postTexts) freq.set(t, (freq.get(t) ?? 0) + 1);
    keep = keep.filter((i) => freq.get(postTexts[i])! <= opts.dropDuplicateTextsOver!);
  }
  const postIndex = new Map<string, number>();
  keep.forEach((i, k) => postIndex.set(P.id[i], k));
  const C = raw.comments;
  // Comments on dropped posts go with them; comments on posts absent from the snapshot stay (orphans).
  const allPostIds = new Set(P.id);
  const cKeep = C.id
    .map((_, i) => i)
    .filter((i) => postIndex.has(C.postId[i]) || !allPostIds.has(C.postId[i]));
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (const i of keep) {
    minMs = Math.min(minMs, P.createdMs[i]);
    maxMs = Math.max(maxMs, P.createdMs[i]);
  }
  for (const i of cKeep) {
    minMs = Math.min(minMs, C.createdMs[i]);
    maxMs = Math.max(maxMs, C.createdMs[i]);
  }
  const day0Ms = Number.isFinite(minMs) ? Math.floor(minMs / DAY_MS) * DAY_MS : 0;
  const days = Number.isFinite(maxMs) ? Math.floor((maxMs - day0Ms) / DAY_MS) + 1 : 0;
  // Every per-day table of every diagnostic is this wide: refuse decades rather than allocate them.
  boundSpan(days, 'The analysis frame (first to last item)');
  const base = (n: number, ids: string[], ms: number[]): ItemColumns => ({
    n,
    ids,
    author: new Int32Array(n),
    day: Int32Array.from(ms, (t) => Math.floor((t - day0Ms) / DAY_MS)),
    timeMs: Float64Array.from(ms),
    submolt: new Int32Array(n).fill(-1),
    score: new Float64Array(n),
    upvotes: new Float64Array(n),
    vectors: null,
    texts: null,
  });
  const posts = base(
    keep.length,
    keep.map((i) => P.id[i]),
    keep.map((i) => P.createdMs[i]),
  );
  keep.forEach((i, k) => {
    posts.author[k] = agentOf(P.authorName?.[i], P.authorId?.[i]);
    const s = P.submoltName?.[i];
    if (s) {
      let x = submoltIds.get(s);
      if (x === undefined) {
        x = submolts.length;
        submoltIds.set(s, x);
        submolts.push(s);
      }
      posts.submolt[k] = x;
    }
    const up = Number(P.upvotes?.[i] ?? 0);
    posts.upvotes[k] = up;
    posts.score[k] = up - Number(P.downvotes?.[i] ?? 0);
  });
  if (opts.texts) posts.texts = keep.map((i) => postTexts[i]);
  const comments = base(
    cKeep.length,
    cKeep.map((i) => C.id[i]),
    cKeep.map((i) => C.createdMs[i]),
  ) as CommentColumns;
  const commentIndex = new Map(comments.ids.map((id, k) => [id, k]));
  comments.post = new Int32Array(comments.n);
  comments.parent = new Int32Array(comments.n);
  comments.depth = new Int32Array(comments.n).fill(-1);
  cKeep.forEach((i, k) => {
    comments.author[k] = agentOf(C.authorName?.[i], C.authorId?.[i]);
    const post = postIndex.get(C.postId[i]) ?? -1;
    comments.post[k] = post;
    comments.submolt[k] = post >= 0 ? posts.submolt[post] : -1;
    const par = C.parentId?.[i];
    comments.parent[k] = par ? (commentIndex.get(par) ?? -1) : -1;
    const up = Number(C.upvotes?.[i] ?? 0);
    comments.upvotes[k] = up;
    comments.score[k] = up - Number(C.downvotes?.[i] ?? 0);
    const d = C.depth?.[i];
    if (d !== null && d !== undefined) comments.depth[k] = Number(d);
  });
  fillDepths(comments);
  if (opts.texts) comments.texts = cKeep.map((i) => C.content?.[i] ?? '');
  const frame: Frame = { dim: 0, day0Ms, days, agents, submolts, posts, comments };
  if (raw.embeddings) placeVectors(frame, resolveVectors(raw.embeddings, postIndex, commentIndex));
  return frame;
}

/** Depth from the parent chain where the snapshot gave none (top level = 0, API convention). */
export function fillDepths(c: CommentColumns): void {
  const depthOf = (k: number): number => {
    const chain: number[] = [];
    let x = k;
    // Walk up until a known depth, a root, or a cycle guard (malformed data).
    while (x >= 0 && c.depth[x] < 0 && chain.length <= c.n) {
      chain.push(x);
      x = c.parent[x];
    }
    let d = x >= 0 ? c.depth[x] : -1;
    for (let j = chain.length - 1; j >= 0; j--) c.depth[chain[j]] = ++d;
    return c.depth[k];
  };
  for (let k = 0; k < c.n; k++) if (c.depth[k] < 0) depthOf(k);
}

/** Embedding rows resolved to frame rows: kind (1 post, 0 comment) and row index of each vector. */
export interface PlacedVectors {
  isPost: ArrayLike<number>;
  index: ArrayLike<number>;
  /** int8 components; the float vector is vec[r] * scale[r]. */
  vec: ArrayLike<number>[];
  scale: ArrayLike<number>;
}

/** Resolves embedding ids to frame rows through the id maps built above. */
function resolveVectors(e: RawEmbeddings, postIndex: Map<string, number>, commentIndex: Map<string, number>) {
  const rows: number[] = [];
  const index: number[] = [];
  const isPost: number[] = [];
  e.id.forEach((id, r) => {
    const post = e.kind[r] === 'post';
    if (!post && e.kind[r] !== 'comment') return;
    const k = (post ? postIndex : commentIndex).get(id);
    if (k === undefined) return;
    rows.push(r);
    index.push(k);
    isPost.push(post ? 1 : 0);
  });
  return { isPost, index, vec: rows.map((r) => e.vec[r]), scale: rows.map((r) => e.scale[r]) };
}

/** Writes re-normalised unit vectors into the frame (rows without one stay zero, hasVector 0). */
export function placeVectors(frame: Frame, e: PlacedVectors): void {
  const placer = vectorPlacer(frame);
  placer.add(e);
  placer.finish();
}

/** placeVectors a batch at a time, for rows streamed from the engine. */
export interface VectorPlacer {
  /** Places one batch; the first row seen fixes the frame's dimension. */
  add(e: PlacedVectors): void;
  /** Attaches the arrays of each kind that received at least one vector. */
  finish(): void;
}

export function vectorPlacer(frame: Frame): VectorPlacer {
  type Kind = { items: ItemColumns; post: number; vectors: Float32Array; has: Uint8Array };
  const kind = (items: ItemColumns, post: number, dim: number): Kind => ({
    items,
    post,
    vectors: new Float32Array(items.n * dim),
    has: new Uint8Array(items.n),
  });
  let seen = false;
  let store: Kind[] = [];
  let dim = 0;
  return {
    add(e) {
      if (!seen) {
        if (e.vec.length === 0) return;
        seen = true;
        dim = e.vec[0].length;
        frame.dim = dim;
        if (dim > 0) store = [kind(frame.posts, 1, dim), kind(frame.comments, 0, dim)];
      }
      for (const { post, vectors, has } of store) {
        for (let r = 0; r < e.vec.length; r++) {
          if (e.isPost[r] !== post) continue;
          const k = e.index[r];
          const v = e.vec[r];
          const scale = e.scale[r];
          let norm = 0;
          for (let d = 0; d < dim; d++) norm += (v[d] * scale) ** 2;
          norm = Math.sqrt(norm);
          if (norm === 0) continue;
          // Re-normalise: int8 rounding leaves the vector only approximately unit length.
          for (let d = 0; d < dim; d++) vectors[k * dim + d] = (v[d] * scale) / norm;
          has[k] = 1;
        }
      }
    },
    finish() {
      if (!seen) frame.dim = 0;
      for (const { items, vectors, has } of store) {
        if (has.some((x) => x === 1)) {
          items.vectors = vectors;
          items.hasVector = has;
        }
      }
    },
  };
}
