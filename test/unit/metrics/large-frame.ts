/**
 * A paper-scale random Frame built directly as typed arrays (no raw strings) for timing the
 * diagnostics: run `TZ=UTC npx tsx test/unit/metrics/time-large.ts`.
 */
import type { CommentColumns, Frame, ItemColumns } from '../../../src/core/frame.ts';
import { mulberry32 } from '../../../src/core/metrics/rng.ts';

export function largeFrame(
  posts = 290_251,
  comments = 1_836_711,
  agents = 38_830,
  days = 13,
  dim = 64,
  seed = 1,
): Frame {
  const r = mulberry32(seed);
  const day0Ms = Date.UTC(2026, 0, 27);
  const items = (n: number): ItemColumns => {
    const timeMs = Float64Array.from({ length: n }, () => day0Ms + r() * days * 86_400_000).sort();
    const vectors = new Float32Array(n * dim);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let d = 0; d < dim; d++) s += (vectors[i * dim + d] = r() - 0.3) ** 2;
      for (let d = 0; d < dim; d++) vectors[i * dim + d] /= Math.sqrt(s);
    }
    return {
      n,
      ids: Array.from({ length: n }, (_, i) => `i${i}`),
      // Zipf-like authors: a few very active agents, a long tail.
      author: Int32Array.from({ length: n }, () => Math.floor(agents * r() ** 3)),
      day: Int32Array.from(timeMs, (t) => Math.floor((t - day0Ms) / 86_400_000)),
      timeMs,
      submolt: Int32Array.from({ length: n }, () => Math.floor(50 * r() ** 2)),
      score: Float64Array.from({ length: n }, () => Math.floor(r() * 5)),
      upvotes: Float64Array.from({ length: n }, () => Math.floor(r() * 5)),
      vectors,
      texts: null,
    };
  };
  const p = items(posts);
  const c = items(comments) as CommentColumns;
  c.post = Int32Array.from({ length: comments }, (_, i) =>
    Math.min(posts - 1, Math.floor((i / comments) * posts + r() * 50)),
  );
  c.parent = Int32Array.from({ length: comments }, (_, i) => (i > 0 && r() < 0.05 ? i - 1 : -1));
  c.depth = new Int32Array(comments);
  for (let i = 0; i < comments; i++) if (c.parent[i] >= 0) c.depth[i] = c.depth[c.parent[i]] + 1;
  for (let i = 0; i < comments; i++) c.submolt[i] = p.submolt[c.post[i]];
  return {
    dim,
    day0Ms,
    days,
    agents: Array.from({ length: agents }, (_, a) => `agent${a}`),
    submolts: Array.from({ length: 50 }, (_, s) => `s${s}`),
    posts: p,
    comments: c,
  };
}
