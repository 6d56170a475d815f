/**
 * A jscmp4/Moltbook-style JSONL crawl (public-datasets.md): `posts_all.jsonl` with nested `author`
 * {id, name, karma, followerCount} and `submolt` {id, name, display_name} objects, and
 * `comments_all.jsonl` with `submolt` as a string, grown to `target` comments by repeating the
 * snapshot's comments under new ids (threads kept within each copy, texts perturbed, times shifted
 * per post). DuckDB writes each copy from a table stored in time order, and the copies are
 * concatenated as byte streams: no row passes through JavaScript.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { DuckDBConnection } from '@duckdb/node-api';
import { literal, quoteString } from '../../../src/core/sql/sql.ts';
import { isoText } from './aicell.ts';
import { parquet, scalar } from './duckdb.ts';

/** Appended to a copy's comment texts (by a seeded hash), so copies are not verbatim repeats. */
const PERTURBATIONS = [
  '',
  ' Agreed.',
  ' Interesting.',
  ' +1',
  ' Following.',
  ' Noted.',
  ' Same here.',
  ' Thanks!',
];

/** Largest shift of a copied thread in time, seconds (the same for every comment of a post). */
const MAX_SHIFT_S = 3600;

const author = (id: string, name: string, karma: string, followers: string) =>
  `CASE WHEN ${id} IS NULL AND ${name} IS NULL THEN NULL
     ELSE struct_pack(id := ${id}, name := ${name}, karma := ${karma}, "followerCount" := ${followers}) END`;

async function concatenate(parts: string[], into: string): Promise<void> {
  const out = createWriteStream(into);
  for (const part of parts) {
    for await (const chunk of createReadStream(part)) if (!out.write(chunk)) await once(out, 'drain');
    rmSync(part);
  }
  await new Promise<void>((done, fail) => out.end((e?: Error | null) => (e ? fail(e) : done())));
}

async function writePosts(con: DuckDBConnection, snapshot: string, path: string, counts: string) {
  const agents = join(snapshot, 'agents.parquet');
  const agentJoin = existsSync(agents)
    ? `LEFT JOIN ${parquet(agents)} a ON a.id = p.author_id`
    : `LEFT JOIN (SELECT NULL::VARCHAR AS id, NULL::INTEGER AS karma, NULL::INTEGER AS follower_count) a ON FALSE`;
  await con.run(`CREATE OR REPLACE TEMP TABLE jsonl_posts AS
    SELECT p.id, p.title, p.content, 'text' AS type, p.author_id,
      ${author('p.author_id', 'p.author_name', 'a.karma', 'a.follower_count')} AS author,
      CASE WHEN p.submolt_name IS NULL THEN NULL ELSE struct_pack(id := p.submolt_id, name := p.submolt_name,
        display_name := p.submolt_display_name) END AS submolt,
      p.upvotes, p.downvotes, p.upvotes - p.downvotes AS score, coalesce(n.comments, 0)::INTEGER AS comment_count,
      FALSE AS is_pinned, FALSE AS is_locked, FALSE AS is_deleted, FALSE AS is_spam,
      ${isoText('p.created_at')} AS created_at, ${isoText('p.created_at')} AS updated_at
    FROM ${parquet(join(snapshot, 'posts.parquet'))} p ${agentJoin} LEFT JOIN ${counts} n ON n.post_id = p.id
    ORDER BY p.created_at, p.id`);
  await con.run(`COPY jsonl_posts TO ${quoteString(path)} (FORMAT json)`);
  await con.run('DROP TABLE jsonl_posts');
}

/** Writes `<out>/jscmp4/{posts,comments}_all.jsonl`; returns the number of comments written. */
export async function writeJscmp4(
  con: DuckDBConnection,
  snapshot: string,
  out: string,
  seed: number,
  target: number,
): Promise<{ dir: string; posts: number; comments: number }> {
  const dir = join(out, 'jscmp4');
  mkdirSync(dir, { recursive: true });
  const posts = parquet(join(snapshot, 'posts.parquet'));
  const s = literal(seed);
  // The snapshot's comments once, in time order, with what every copy needs (rn numbers them).
  await con.run(`CREATE OR REPLACE TEMP TABLE jsonl_base AS
    SELECT (row_number() OVER (ORDER BY c.created_at, c.id) - 1) AS rn, c.*, p.title AS post_title,
      p.submolt_name AS submolt, coalesce(r.replies, 0)::INTEGER AS reply_count
    FROM ${parquet(join(snapshot, 'comments.parquet'))} c
    LEFT JOIN ${posts} p ON p.id = c.post_id
    LEFT JOIN (SELECT parent_id, count(*) AS replies FROM ${parquet(join(snapshot, 'comments.parquet'))}
               WHERE parent_id IS NOT NULL GROUP BY parent_id) r ON r.parent_id = c.id
    ORDER BY c.created_at, c.id`);
  const base = await scalar(con, 'SELECT count(*) FROM jsonl_base');
  if (base === 0) throw new Error(`${snapshot} has no comments to repeat`);
  const copies = Math.ceil(target / base);
  // Copy r keeps the comments with r * base + rn < target; each post's count follows from that.
  const counts = `(SELECT post_id, sum(least(${copies}, (${literal(target)} - 1 - rn) // ${base} + 1)) AS comments
    FROM jsonl_base WHERE rn < ${literal(target)} GROUP BY post_id)`;
  await writePosts(con, snapshot, join(dir, 'posts_all.jsonl'), counts);
  const parts: string[] = [];
  for (let r = 0; r < copies; r++) {
    const id = (col: string) => (r === 0 ? col : `${col} || '-copy${r}'`);
    const shift = r === 0 ? '0' : `(hash(post_id, ${r}, ${s}) % ${MAX_SHIFT_S + 1})::BIGINT`;
    const suffix =
      r === 0
        ? "''"
        : `[${PERTURBATIONS.map(quoteString).join(', ')}][(hash(id, ${r}, ${s}) % ${PERTURBATIONS.length})::BIGINT + 1]`;
    const part = join(dir, `comments-part-${r}.jsonl`);
    await con.run(`COPY (
        SELECT ${id('id')} AS id, post_id, post_title, submolt, content || ${suffix} AS content, author_id,
          ${author('author_id', 'author_name', 'author_karma', 'author_follower_count')} AS author,
          ${r === 0 ? 'parent_id' : `CASE WHEN parent_id IS NULL THEN NULL ELSE ${id('parent_id')} END`} AS parent_id,
          depth, reply_count, upvotes, downvotes, upvotes - downvotes AS score,
          ${isoText(`created_at + to_seconds(${shift})`)} AS created_at,
          ${isoText(`created_at + to_seconds(${shift})`)} AS updated_at
        FROM jsonl_base WHERE rn < ${literal(target - r * base)})
      TO ${quoteString(part)} (FORMAT json)`);
    parts.push(part);
  }
  await concatenate(parts, join(dir, 'comments_all.jsonl'));
  const postRows = await scalar(con, `SELECT count(*) FROM ${posts}`);
  await con.run('DROP TABLE jsonl_base');
  return { dir, posts: postRows, comments: Math.min(target, copies * base) };
}
