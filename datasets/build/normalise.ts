import type { AgentRow, CommentRow, PostRow, SubmoltRow } from '../snapshot/rows';
import { postText } from '../../src/core/text/tokenize';
import type { BuildReport } from './build-report';
import { count, id, signedInt, text } from './fields';
import type { RawDataset } from './raw';
import { parseTimestamp } from './timestamps';
import { repairThreads } from './threads';

export interface NormaliseOptions {
  /** Drop items whose text occurs more than this many times (the paper used 1,000); 0 = keep all. */
  dedupeThreshold: number;
}

export interface CleanDataset {
  posts: PostRow[];
  comments: CommentRow[];
  agents: AgentRow[];
  submolts: SubmoltRow[];
}

/** Keeps the first row of each id; later ones are reported, never merged silently. */
function uniqueById<T extends { id: string }>(rows: T[], table: string, report: BuildReport): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (seen.has(r.id)) {
      report.note('rejected', `duplicate ${table} id (first occurrence kept)`, r.id);
      return false;
    }
    seen.add(r.id);
    return true;
  });
}

function dropMassDuplicates<T>(
  rows: T[],
  textOf: (r: T) => string,
  threshold: number,
  table: string,
  report: BuildReport,
): T[] {
  if (threshold <= 0) return rows;
  const freq = new Map<string, number>();
  for (const r of rows) freq.set(textOf(r), (freq.get(textOf(r)) ?? 0) + 1);
  return rows.filter((r) => {
    if ((freq.get(textOf(r)) ?? 0) <= threshold) return true;
    report.note(
      'rejected',
      `${table} whose text repeats more than ${threshold} times (--dedupe-threshold)`,
      textOf(r),
    );
    return false;
  });
}

/**
 * Turns raw imported rows into contract rows. Every repair and rejection is counted in `report`:
 * missing or duplicate ids, unparsable timestamps, negative counts, missing text, orphans, broken or
 * cyclic parent chains. Comment depth is always recomputed from the parent chain (top level = 0).
 */
export function normalise(raw: RawDataset, options: NormaliseOptions, report: BuildReport): CleanDataset {
  const posts: PostRow[] = [];
  for (const r of raw.posts) {
    const pid = id(r.id);
    if (!pid) {
      report.note('rejected', 'post without an id', JSON.stringify(r.title ?? null));
      continue;
    }
    const t = parseTimestamp(r.created_at);
    if (t === null) {
      report.note(
        'rejected',
        'post with a missing or unparsable created_at',
        `${pid}: ${String(r.created_at)}`,
      );
      continue;
    }
    const title = text(r.title, 'post title', report);
    const content = text(r.content, 'post content', report);
    if (!title && !content)
      report.note('repaired', 'post with no title and no content (kept, empty text)', pid);
    posts.push({
      id: pid,
      title,
      content,
      url: text(r.url, 'post url', report),
      upvotes: count(r.upvotes, 'post upvotes', report),
      downvotes: count(r.downvotes, 'post downvotes', report),
      comment_count: count(r.comment_count, 'post comment_count', report),
      created_at: t,
      submolt_id: id(r.submolt_id),
      submolt_name: text(r.submolt_name, 'submolt name', report),
      submolt_display_name: text(r.submolt_display_name, 'submolt display name', report),
      author_id: id(r.author_id),
      author_name: text(r.author_name, 'author name', report),
    });
    if (!posts[posts.length - 1].author_id)
      report.note('repaired', 'post without an author (kept, author unknown)', pid);
  }
  let cleanPosts = uniqueById(posts, 'post', report);
  cleanPosts = dropMassDuplicates(
    cleanPosts,
    (p) => postText(p.title, p.content),
    options.dedupeThreshold,
    'post',
    report,
  );

  const comments: CommentRow[] = [];
  for (const r of raw.comments) {
    const cid = id(r.id);
    const postId = id(r.post_id);
    if (!cid || !postId) {
      report.note(
        'rejected',
        cid ? 'comment without a post_id' : 'comment without an id',
        cid ?? String(r.content).slice(0, 60),
      );
      continue;
    }
    const t = parseTimestamp(r.created_at);
    if (t === null) {
      report.note(
        'rejected',
        'comment with a missing or unparsable created_at',
        `${cid}: ${String(r.created_at)}`,
      );
      continue;
    }
    let content = text(r.content, 'comment content', report);
    if (content === null || content === '') {
      report.note('repaired', 'comment with no content (kept, empty text)', cid);
      content = content ?? '';
    }
    comments.push({
      id: cid,
      post_id: postId,
      parent_id: id(r.parent_id),
      content,
      upvotes: count(r.upvotes, 'comment upvotes', report),
      downvotes: count(r.downvotes, 'comment downvotes', report),
      created_at: t,
      depth: signedInt(r.depth, 'comment depth', report),
      author_id: id(r.author_id),
      author_name: text(r.author_name, 'author name', report),
      author_karma: signedInt(r.author_karma, 'author karma', report),
      author_follower_count: count(r.author_follower_count, 'author follower_count', report),
    });
  }
  let cleanComments = uniqueById(comments, 'comment', report);
  cleanComments = dropMassDuplicates(
    cleanComments,
    (c) => c.content ?? '',
    options.dedupeThreshold,
    'comment',
    report,
  );
  const postIds = new Set(cleanPosts.map((p) => p.id));
  cleanComments = cleanComments.filter((c) => {
    if (postIds.has(c.post_id)) return true;
    report.note('rejected', 'orphan comment (its post is not in the input)', `${c.id} → ${c.post_id}`);
    return false;
  });
  repairThreads(cleanComments, report);
  fillCommentCounts(cleanPosts, cleanComments, report);
  return { posts: cleanPosts, comments: cleanComments, ...normaliseDirectory(raw, report) };
}

function fillCommentCounts(posts: PostRow[], comments: CommentRow[], report: BuildReport): void {
  const n = new Map<string, number>();
  for (const c of comments) n.set(c.post_id, (n.get(c.post_id) ?? 0) + 1);
  for (const p of posts) {
    if (p.comment_count === null) {
      p.comment_count = n.get(p.id) ?? 0;
      report.note('repaired', 'post comment_count missing: set to the comments present', p.id);
    }
  }
}

function normaliseDirectory(
  raw: RawDataset,
  report: BuildReport,
): { agents: AgentRow[]; submolts: SubmoltRow[] } {
  const agents: AgentRow[] = [];
  for (const a of raw.agents) {
    const aid = id(a.id);
    const name = text(a.name, 'agent name', report);
    if (!aid || !name) {
      report.note('rejected', 'agent without an id or name', String(a.name));
      continue;
    }
    agents.push({
      id: aid,
      name,
      description: text(a.description, 'agent description', report),
      karma: signedInt(a.karma, 'agent karma', report),
      follower_count: count(a.follower_count, 'agent follower_count', report),
      following_count: count(a.following_count, 'agent following_count', report),
      created_at:
        a.created_at === null || a.created_at === undefined || a.created_at === ''
          ? null
          : parseTimestamp(a.created_at),
    });
  }
  const submolts: SubmoltRow[] = [];
  for (const s of raw.submolts) {
    const sid = id(s.id);
    const name = text(s.name, 'submolt name', report);
    if (!sid || !name) {
      report.note('rejected', 'submolt without an id or name', String(s.name));
      continue;
    }
    submolts.push({
      id: sid,
      name,
      display_name: text(s.display_name, 'submolt display name', report),
      description: text(s.description, 'submolt description', report),
      subscriber_count: count(s.subscriber_count, 'submolt subscriber_count', report),
    });
  }
  return { agents: uniqueById(agents, 'agent', report), submolts: uniqueById(submolts, 'submolt', report) };
}
