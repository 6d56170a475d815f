/**
 * A seeded society of 384-d "sentence-transformer-like" vectors for the reduction tests: every
 * vector is a strong common direction u (what makes real sentence embeddings of one forum all
 * point roughly the same way) plus a planted per-day drift, an agent's topic mixture and noise.
 * Built as raw snapshot columns (vectors at scale 1) so the report's own metrics run on them.
 */
import type { RawColumns } from '../../../src/core/metrics/build-frame.ts';
import { createRng, normal, type Rng } from '../../../src/core/random.ts';

export interface GeometryOptions {
  seed?: number;
  dim?: number;
  days?: number;
  agents?: number;
  postsPerAgent?: number;
  commentsPerDay?: number;
  /** Weight of the common direction. */
  common?: number;
  /** Weight of the day's drift direction (planted: it rotates a little every day). */
  drift?: number;
  /** Weight of the item's topic (one of `topics` directions, agents prefer a few). */
  topic?: number;
  topics?: number;
  /** Weight of the isotropic noise (spread over all `dim` axes). */
  noise?: number;
}

export interface GeometrySociety {
  raw: RawColumns;
  dim: number;
  /** Row-major unit vectors in the order of raw.embeddings. */
  vectors: Float32Array;
  days: Int32Array;
  kinds: ('post' | 'comment')[];
  /** The planted common direction. */
  u: Float64Array;
}

function unitGaussian(rng: Rng, dim: number): Float64Array {
  const v = new Float64Array(dim);
  let n = 0;
  for (let i = 0; i < dim; i++) n += (v[i] = normal(rng)) ** 2;
  for (let i = 0; i < dim; i++) v[i] /= Math.sqrt(n);
  return v;
}

export function geometrySociety(o: GeometryOptions = {}): GeometrySociety {
  const rng = createRng(o.seed ?? 7);
  const dim = o.dim ?? 384;
  const D = o.days ?? 6;
  const A = o.agents ?? 40;
  const T = o.topics ?? 24;
  const w = { common: o.common ?? 1, drift: o.drift ?? 0.35, topic: o.topic ?? 0.8, noise: o.noise ?? 0.35 };
  const u = unitGaussian(rng, dim);
  const topics = Array.from({ length: T }, () => unitGaussian(rng, dim));
  // Day drift: a slow walk, so consecutive days are closer than distant ones.
  const dayDir: Float64Array[] = [unitGaussian(rng, dim)];
  for (let t = 1; t < D; t++) {
    const step = unitGaussian(rng, dim);
    const v = dayDir[t - 1].map((x, i) => x + 0.5 * step[i]);
    const n = Math.hypot(...v);
    dayDir.push(v.map((x) => x / n));
  }
  const favourite = Array.from({ length: A }, () => [0, 1, 2].map(() => Math.floor(rng() * T)));
  const day0 = Date.UTC(2026, 0, 27);
  const raw: RawColumns = {
    posts: { id: [], createdMs: [], authorName: [], title: [], content: [] },
    comments: { id: [], postId: [], createdMs: [], authorName: [], content: [] },
    embeddings: { id: [], kind: [], vec: [], scale: [] },
  };
  const vecs: number[][] = [];
  const days: number[] = [];
  const kinds: ('post' | 'comment')[] = [];
  const item = (day: number, agent: number): number[] => {
    const topic = topics[favourite[agent][Math.floor(rng() * 3)]];
    const v = Array.from(
      { length: dim },
      (_, i) =>
        w.common * u[i] +
        w.drift * dayDir[day][i] +
        w.topic * topic[i] +
        (w.noise * normal(rng)) / Math.sqrt(dim),
    );
    const n = Math.hypot(...v);
    return v.map((x) => x / n);
  };
  const emb = raw.embeddings!;
  const add = (id: string, kind: 'post' | 'comment', day: number, agent: number) => {
    const v = item(day, agent);
    vecs.push(v);
    days.push(day);
    kinds.push(kind);
    emb.id.push(id);
    emb.kind.push(kind);
    emb.vec.push(Float32Array.from(v));
    emb.scale.push(1);
  };
  const postsPerAgent = o.postsPerAgent ?? 16;
  let p = 0;
  for (let a = 0; a < A; a++) {
    for (let k = 0; k < postsPerAgent; k++, p++) {
      const day = Math.floor(((k + rng()) / postsPerAgent) * D);
      const id = `p${p}`;
      raw.posts.id.push(id);
      raw.posts.createdMs.push(day0 + day * 86_400_000 + Math.floor(rng() * 86_000_000));
      raw.posts.authorName!.push(`agent${a}`);
      raw.posts.title!.push(null);
      raw.posts.content!.push(`post ${p}`);
      add(id, 'post', day, a);
    }
  }
  const perDay = o.commentsPerDay ?? 80;
  let c = 0;
  for (let day = 0; day < D; day++) {
    for (let k = 0; k < perDay; k++, c++) {
      const a = Math.floor(rng() * A);
      const id = `c${c}`;
      raw.comments.id.push(id);
      raw.comments.postId.push(`p${Math.floor(rng() * p)}`);
      raw.comments.createdMs.push(day0 + day * 86_400_000 + Math.floor(rng() * 86_000_000));
      raw.comments.authorName!.push(`agent${a}`);
      raw.comments.content!.push(`comment ${c}`);
      add(id, 'comment', day, a);
    }
  }
  const vectors = new Float32Array(vecs.length * dim);
  vecs.forEach((v, r) => vectors.set(v, r * dim));
  return { raw, dim, vectors, days: Int32Array.from(days), kinds, u };
}
