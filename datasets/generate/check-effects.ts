import { DuckDBInstance } from '@duckdb/node-api';
import { createRng } from '../../src/core/random';
import { hypotOf } from '../../src/core/bounded';

/**
 * Independent check that a generated snapshot carries (or lacks) its planted effects, computed from
 * the written Parquet files the way metrics.md §4–§6 define them. Used by the tests and the CLI's
 * `--check` option; the app's own diagnostics are implemented elsewhere.
 */
export interface EffectCheck {
  influenceMedian: number;
  influenceNullMedian: number;
  influencePairs: number;
  netProgressMedian: number;
  netProgressAgents: number;
  top10OverlapMean: number;
}

const W = 10;

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const dot = (a: Float64Array, b: Float32Array | Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

function centroid(vs: Float32Array[], from: number, to: number, dim: number): Float64Array {
  const c = new Float64Array(dim);
  for (let i = from; i < to; i++) for (let d = 0; d < dim; d++) c[d] += vs[i][d];
  const n = hypotOf(c) || 1;
  for (let d = 0; d < dim; d++) c[d] /= n;
  return c;
}

function pagerankTop(edges: Map<string, number>, k: number): Set<string> {
  const nodes = new Map<string, number>();
  const id = (s: string): number => nodes.get(s) ?? (nodes.set(s, nodes.size), nodes.size - 1);
  const list = [...edges].map(([key, w]) => {
    const [u, v] = key.split('\u0000');
    return [id(u), id(v), w] as const;
  });
  const n = nodes.size;
  const outW = new Float64Array(n);
  for (const [u, , w] of list) outW[u] += w;
  let pr = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < 30; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) if (outW[i] === 0) dangling += pr[i];
    for (const [u, v, w] of list) next[v] += (0.85 * pr[u] * w) / outW[u];
    for (let i = 0; i < n; i++) next[i] += (0.15 + 0.85 * dangling) / n;
    pr = next;
  }
  const names = [...nodes.keys()];
  return new Set(
    names
      .map((name, i) => [name, pr[i]] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([name]) => name),
  );
}

export async function checkEffects(dir: string, seed = 1): Promise<EffectCheck> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const q = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS();
  const f = (name: string): string => `'${dir.replace(/'/g, "''")}/${name}.parquet'`;
  const posts = await q(
    `SELECT p.id, p.author_id, epoch_ms(p.created_at) AS t, p.upvotes - p.downvotes AS score, e.vec, e.scale
     FROM ${f('posts')} p JOIN ${f('embeddings')} e ON e.id = p.id ORDER BY t, p.id`,
  );
  const comments = await q(
    `SELECT c.author_id, c.post_id, epoch_ms(c.created_at) AS t FROM ${f('comments')} c ORDER BY t, c.id`,
  );
  conn.closeSync();
  db.closeSync();
  const dim = (posts[0].vec as number[]).length;
  const vec = posts.map((p) => Float32Array.from(p.vec as number[], (x) => x * Number(p.scale)));
  const index = new Map(posts.map((p, i) => [p.id as string, i]));
  const byAuthor = new Map<string, number[]>();
  posts.forEach((p, i) => {
    const list = byAuthor.get(p.author_id as string) ?? [];
    list.push(i);
    byAuthor.set(p.author_id as string, list);
  });
  const day = (t: unknown): number => Math.floor(Number(t) / 86_400_000);
  const postsByDay = new Map<number, number[]>();
  posts.forEach((p, i) => postsByDay.set(day(p.t), [...(postsByDay.get(day(p.t)) ?? []), i]));
  const rng = createRng(seed);

  const obs: number[] = [];
  const nul: number[] = [];
  for (const c of comments) {
    const pi = index.get(c.post_id as string);
    const mine = byAuthor.get(c.author_id as string);
    if (pi === undefined || !mine || mine.length < 2 * W || posts[pi].author_id === c.author_id) continue;
    const times = mine.map((i) => Number(posts[i].t));
    let split = 0;
    while (split < times.length && times[split] < Number(c.t)) split++;
    if (split < W || times.length - split < W) continue;
    const vs = mine.map((i) => vec[i]);
    const before = centroid(vs, split - W, split, dim);
    const after = centroid(vs, split, split + W, dim);
    obs.push(dot(after, vec[pi]) - dot(before, vec[pi]));
    const sameDay = postsByDay.get(day(posts[pi].t))!;
    const r = vec[sameDay[Math.floor(rng() * sameDay.length)]];
    nul.push(dot(after, r) - dot(before, r));
  }

  const np: number[] = [];
  for (const list of byAuthor.values()) {
    if (list.length < 2 * W) continue;
    const vs = list.map((i) => vec[i]);
    // Ties (many equal scores) broken at random: by position they would fake a drift toward H or L.
    const ranked = list
      .map((i, j) => [Number(posts[i].score) + rng() * 1e-6, j] as const)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const cut = Math.max(1, Math.floor(list.length * 0.3));
    const pick = (js: readonly (readonly [number, number])[]) =>
      centroid(
        js.map(([, j]) => vs[j]),
        0,
        js.length,
        dim,
      );
    const H = pick(ranked.slice(0, cut));
    const L = pick(ranked.slice(-cut));
    const steps: number[] = [];
    for (let s = W; s + W <= list.length; s += W) {
      const prev = centroid(vs, s - W, s, dim);
      const next = centroid(vs, s, s + W, dim);
      const dH = 1 - dot(next, H) - (1 - dot(prev, H));
      const dL = 1 - dot(next, L) - (1 - dot(prev, L));
      steps.push(dL - dH);
    }
    np.push(steps.reduce((a, b) => a + b, 0) / steps.length);
  }

  const authorOf = new Map(posts.map((p) => [p.id as string, p.author_id as string]));
  const daily = new Map<number, Map<string, number>>();
  for (const c of comments) {
    const to = authorOf.get(c.post_id as string);
    if (!to || to === c.author_id) continue;
    const edges = daily.get(day(c.t)) ?? new Map<string, number>();
    const key = `${c.author_id}\u0000${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
    daily.set(day(c.t), edges);
  }
  const days = [...daily.keys()].sort((a, b) => a - b);
  const tops = days.map((d) => pagerankTop(daily.get(d)!, 10));
  const overlaps: number[] = [];
  for (let i = 1; i < tops.length; i++) {
    if (days[i] !== days[i - 1] + 1) continue;
    const inter = [...tops[i]].filter((x) => tops[i - 1].has(x)).length;
    overlaps.push(inter / (tops[i].size + tops[i - 1].size - inter));
  }
  return {
    influenceMedian: median(obs),
    influenceNullMedian: median(nul),
    influencePairs: obs.length,
    netProgressMedian: median(np),
    netProgressAgents: np.length,
    top10OverlapMean: overlaps.reduce((a, b) => a + b, 0) / Math.max(1, overlaps.length),
  };
}
