import type { BuildReport } from './build-report';
import { isRecord, nested, type RawComment, type RawDataset, type RawPost } from './raw';

/** A post object of the Moltbook API (list item or detail), with `author: null` allowed. */
export function postFromApi(o: Record<string, unknown>): RawPost {
  return {
    id: o.id,
    title: o.title,
    content: o.content,
    url: o.url,
    upvotes: o.upvotes ?? (typeof o.score === 'number' && o.score >= 0 ? o.score : undefined),
    downvotes: o.downvotes,
    comment_count: o.comment_count,
    created_at: o.created_at,
    submolt_id: nested(o, 'submolt', 'id') ?? o.submolt_id,
    submolt_name:
      nested(o, 'submolt', 'name') ?? (typeof o.submolt === 'string' ? o.submolt : o.submolt_name),
    submolt_display_name: nested(o, 'submolt', 'display_name') ?? o.submolt_display_name,
    author_id: nested(o, 'author', 'id') ?? o.author_id,
    author_name: nested(o, 'author', 'name') ?? o.author_name,
  };
}

export function commentFromApi(o: Record<string, unknown>, postId: unknown, parentId: unknown): RawComment {
  return {
    id: o.id,
    post_id: o.post_id ?? postId,
    parent_id: o.parent_id !== undefined ? o.parent_id : parentId,
    content: o.content,
    upvotes: o.upvotes,
    downvotes: o.downvotes,
    created_at: o.created_at,
    depth: o.depth,
    author_id: nested(o, 'author', 'id') ?? o.author_id,
    author_name: nested(o, 'author', 'name') ?? o.author_name,
    author_karma: nested(o, 'author', 'karma') ?? o.author_karma,
    author_follower_count: nested(o, 'author', 'follower_count') ?? o.author_follower_count,
  };
}

/**
 * Flattens a comment tree (`replies` nested to any depth) iteratively: a hostile, very deep tree
 * cannot blow the call stack. Depth is recomputed later from parent chains.
 */
export function flattenComments(
  roots: unknown[],
  postId: unknown,
  out: RawComment[],
  report: BuildReport,
): void {
  const stack: { node: unknown; parent: unknown }[] = roots.map((node) => ({ node, parent: null })).reverse();
  while (stack.length) {
    const { node, parent } = stack.pop()!;
    if (!isRecord(node)) {
      report.note('rejected', 'comment that is not a JSON object', JSON.stringify(node) ?? String(node));
      continue;
    }
    out.push(commentFromApi(node, postId, parent));
    const replies = node.replies;
    if (Array.isArray(replies))
      for (let i = replies.length - 1; i >= 0; i--) stack.push({ node: replies[i], parent: node.id });
  }
}

/**
 * One parsed JSON document of the API: a list envelope `{posts: [...]}`, a detail response
 * `{post, comments}`, a bare array of posts, or a single post.
 */
export function importApiDocument(doc: unknown, into: RawDataset, report: BuildReport, source: string): void {
  if (Array.isArray(doc)) {
    for (const item of doc) importApiDocument(item, into, report, source);
    return;
  }
  if (!isRecord(doc)) {
    report.note('rejected', 'JSON document that is neither an object nor an array', source);
    return;
  }
  if (Array.isArray(doc.posts)) {
    for (const p of doc.posts) {
      if (isRecord(p)) into.posts.push(postFromApi(p));
      else report.note('rejected', 'post that is not a JSON object', source);
    }
    return;
  }
  if (isRecord(doc.post)) {
    into.posts.push(postFromApi(doc.post));
    const comments = Array.isArray(doc.comments)
      ? doc.comments
      : Array.isArray(doc.post.comments)
        ? doc.post.comments
        : [];
    flattenComments(comments, doc.post.id, into.comments, report);
    return;
  }
  if ('post_id' in doc) {
    into.comments.push(commentFromApi(doc, doc.post_id, doc.parent_id ?? null));
    if (Array.isArray(doc.replies)) flattenComments(doc.replies, doc.post_id, into.comments, report);
    return;
  }
  if ('title' in doc || 'created_at' in doc) {
    into.posts.push(postFromApi(doc));
    if (Array.isArray(doc.comments)) flattenComments(doc.comments, doc.id, into.comments, report);
    return;
  }
  report.note('rejected', 'JSON object that is not a post, comment or API response', source);
}
