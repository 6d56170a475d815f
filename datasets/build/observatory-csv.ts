import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildReport } from './build-report';
import { parseCsv } from './csv';
import type { RawDataset } from './raw';

/**
 * The Moltbook Observatory CSV export (kelkalot/moltbook-observatory sample_data). It has names but
 * no author ids, and one net `score` instead of up/down counts. Mapping, as documented in
 * datasets/README.md: author_id = "name:" + agent name (so authors still group); upvotes =
 * max(score, 0), downvotes = max(−score, 0), which keeps upvotes − downvotes = score.
 */
export const OBSERVATORY_FILES = {
  posts: 'moltbook_posts.csv',
  comments: 'moltbook_comments.csv',
  agents: 'moltbook_agents.csv',
  submolts: 'submolts_sample.csv',
};

export const nameId = (name: string | undefined): string | null => (name ? `name:${name}` : null);

function splitScore(score: string | undefined, report: BuildReport): { up: unknown; down: unknown } {
  const n = Number(score);
  if (score === undefined || score.trim() === '' || !Number.isFinite(n)) return { up: null, down: null };
  report.note('repaired', 'net score split into upvotes/downvotes (Observatory CSV)');
  return { up: Math.max(0, n), down: Math.max(0, -n) };
}

function read(dir: string, file: string, report: BuildReport): Record<string, string>[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const { rows, malformed } = parseCsv(readFileSync(path, 'utf8'));
  for (const line of malformed)
    report.note('rejected', `CSV record with the wrong number of fields (${file})`, `line ${line}`);
  return rows;
}

export function importObservatory(dir: string, into: RawDataset, report: BuildReport): void {
  const submoltNames = new Map<string, string>();
  for (const s of read(dir, OBSERVATORY_FILES.submolts, report)) {
    submoltNames.set(s.name, s.display_name);
    into.submolts.push({
      id: s.name,
      name: s.name,
      display_name: s.display_name,
      description: s.description,
      subscriber_count: s.subscriber_count,
    });
  }
  for (const p of read(dir, OBSERVATORY_FILES.posts, report)) {
    const { up, down } = splitScore(p.score, report);
    into.posts.push({
      id: p.id,
      title: p.title,
      content: p.content === '' ? null : p.content,
      // The export fills `url` with the post's own Moltbook page; that is not a link the agent posted.
      url: p.url && !p.url.includes(`moltbook.com/post/${p.id}`) ? p.url : null,
      upvotes: up,
      downvotes: down,
      comment_count: p.comment_count,
      created_at: p.created_at,
      submolt_id: p.submolt || null,
      submolt_name: p.submolt || null,
      submolt_display_name: submoltNames.get(p.submolt) ?? null,
      author_id: nameId(p.agent_name),
      author_name: p.agent_name || null,
    });
  }
  for (const c of read(dir, OBSERVATORY_FILES.comments, report)) {
    const { up, down } = splitScore(c.score, report);
    into.comments.push({
      id: c.id,
      post_id: c.post_id,
      parent_id: c.parent_id || null,
      content: c.content,
      upvotes: up,
      downvotes: down,
      created_at: c.created_at,
      depth: null,
      author_id: nameId(c.agent_name),
      author_name: c.agent_name || null,
      author_karma: null,
      author_follower_count: null,
    });
  }
  for (const a of read(dir, OBSERVATORY_FILES.agents, report)) {
    into.agents.push({
      id: nameId(a.name),
      name: a.name,
      description: a.description,
      karma: a.karma,
      follower_count: a.follower_count,
      following_count: a.following_count,
      created_at: a.created_at || a.first_seen_at,
    });
  }
}
