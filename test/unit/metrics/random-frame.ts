/**
 * Seeded random snapshots for the engine-vs-reference tests: raw columns (so the SQL builders can
 * load the same data into DuckDB) and the Frame built from them.
 */
import { buildFrame, type RawColumns } from '../../../src/core/metrics/build-frame.ts';
import type { Frame } from '../../../src/core/frame.ts';

export interface RandomFrameOptions {
  seed?: number;
  agents?: number;
  submolts?: number;
  days?: number;
  posts?: number;
  comments?: number;
  dim?: number;
  /** Share of comments that reply to an earlier comment of the same post. */
  replyShare?: number;
}

const WORDS =
  'agent molt claw shell memory token context human model think post reply karma crab lobster ocean deep signal noise echo'.split(
    ' ',
  );

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random society: Zipf-ish authors, timestamps over `days` UTC days from 2026-01-27. */
export function randomRaw(o: RandomFrameOptions = {}): RawColumns {
  const r = rng(o.seed ?? 1);
  const A = o.agents ?? 12;
  const S = o.submolts ?? 3;
  const D = o.days ?? 4;
  const NP = o.posts ?? 80;
  const NC = o.comments ?? 200;
  const dim = o.dim ?? 8;
  const day0 = Date.UTC(2026, 0, 27);
  const pick = (n: number) => Math.floor(r() * n);
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n * r() * r()));
  const text = (len: number) => Array.from({ length: len }, () => WORDS[zipf(WORDS.length)]).join(' ');
  const posts: RawColumns['posts'] = {
    id: [],
    createdMs: [],
    authorName: [],
    submoltName: [],
    upvotes: [],
    downvotes: [],
    title: [],
    content: [],
  };
  for (let i = 0; i < NP; i++) {
    posts.id.push(`p${i}`);
    posts.createdMs.push(day0 + Math.floor(r() * D * 86_400_000));
    posts.authorName!.push(r() < 0.03 ? null : `agent${zipf(A)}`);
    posts.submoltName!.push(`s${pick(S)}`);
    posts.upvotes!.push(pick(20));
    posts.downvotes!.push(pick(5));
    posts.title!.push(text(3));
    posts.content!.push(text(5 + pick(10)));
  }
  const comments: RawColumns['comments'] = {
    id: [],
    postId: [],
    parentId: [],
    createdMs: [],
    authorName: [],
    upvotes: [],
    downvotes: [],
    content: [],
  };
  const byPost = new Map<number, number[]>();
  for (let i = 0; i < NC; i++) {
    const p = pick(NP);
    const earlier = byPost.get(p) ?? [];
    const parent = earlier.length && r() < (o.replyShare ?? 0.3) ? earlier[pick(earlier.length)] : -1;
    const after = parent >= 0 ? comments.createdMs[parent] : posts.createdMs[p];
    comments.id.push(`c${i}`);
    comments.postId.push(`p${p}`);
    comments.parentId!.push(parent >= 0 ? `c${parent}` : null);
    comments.createdMs.push(after + Math.floor(r() * 3 * 3_600_000));
    comments.authorName!.push(`agent${zipf(A)}`);
    comments.upvotes!.push(pick(6));
    comments.downvotes!.push(pick(2));
    comments.content!.push(r() < 0.5 ? text(4) : `${posts.title![p]} ${text(3)}`);
    earlier.push(i);
    byPost.set(p, earlier);
  }
  const embeddings = {
    id: [] as string[],
    kind: [] as string[],
    vec: [] as Int8Array[],
    scale: [] as number[],
  };
  const addVec = (id: string, kind: string) => {
    const v = Int8Array.from({ length: dim }, () => Math.round((r() - 0.3) * 250));
    if (v.every((x) => x === 0)) v[0] = 1;
    embeddings.id.push(id);
    embeddings.kind.push(kind);
    embeddings.vec.push(v);
    embeddings.scale.push(1 / 127);
  };
  posts.id.forEach((id) => addVec(id, 'post'));
  comments.id.forEach((id) => addVec(id, 'comment'));
  return { posts, comments, embeddings };
}

export function randomFrame(o: RandomFrameOptions = {}): Frame {
  return buildFrame(randomRaw(o), { texts: true });
}

/** The same raw columns in the order the engine reads them: (created_at, id). */
export function sortedByTime(raw: RawColumns): RawColumns {
  const order = (ms: number[], id: string[]) =>
    ms.map((_, i) => i).sort((a, b) => ms[a] - ms[b] || (id[a] < id[b] ? -1 : id[a] > id[b] ? 1 : 0));
  const pick = <T extends object>(cols: T, idx: number[]): T =>
    Object.fromEntries(
      Object.entries(cols).map(([k, v]) => [k, Array.isArray(v) ? idx.map((i) => v[i] as unknown) : v]),
    ) as T;
  return {
    posts: pick(raw.posts, order(raw.posts.createdMs, raw.posts.id)),
    comments: pick(raw.comments, order(raw.comments.createdMs, raw.comments.id)),
    embeddings: raw.embeddings,
  };
}
