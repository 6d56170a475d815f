/**
 * Moltbook API documents walked in JavaScript: what shape holds which rows. Fields are read by the
 * layout rules (src/core/layouts), the same ones the SQL importers use; this file only knows the
 * envelopes:
 *
 * - a list `{posts: [...]}`, a detail `{post, comments}` whose comments nest `replies` to any depth,
 *   a post object carrying its own `comments` (takschdube's posts_full.json);
 * - `{comments: [...]}`, a JSONL line's `{comment: {...}}`, a bare comment (has `post_id`);
 * - an agent profile `{agent, recentPosts}`, `{agents: [...]}`, `{submolts: [...]}`, `{submolt}`;
 * - a crawler's `{timestamp, data}` wrapper and bare arrays of any of these.
 */
import { columnsOfObject, detectLayout, rowFromObject, type StagingTable } from '../../../src/core/layouts';
import { isRecord } from '../raw';

/** Where walked rows go: a staging table's sink, or a rejection with an example. */
export interface DocumentOut {
  add(table: StagingTable, row: Record<string, unknown>): void;
  reject(what: string, example: string): void;
}

/** Wrappers nest a few levels at most; a hostile document may nest thousands. */
const MAX_WRAPPING = 16;

/**
 * Flattens a comment tree (`replies` nested to any depth) iteratively, so a hostile, very deep
 * tree cannot blow the call stack. A comment's post and parent come from the tree when it does not
 * name them itself; depth is recomputed later from parent chains.
 */
export function flattenComments(
  roots: readonly unknown[],
  postId: unknown,
  out: DocumentOut,
  source: string,
): void {
  const stack = roots.map((node) => ({ node, parent: null as unknown })).reverse();
  while (stack.length) {
    const { node, parent } = stack.pop()!;
    if (!isRecord(node)) {
      out.reject(
        'comment that is not a JSON object',
        `${source}: ${String(JSON.stringify(node)).slice(0, 80)}`,
      );
      continue;
    }
    const row = rowFromObject('comments', node);
    out.add('comments', { ...row, post_id: row.post_id ?? postId, parent_id: row.parent_id ?? parent });
    const replies = node.replies;
    if (Array.isArray(replies))
      for (let i = replies.length - 1; i >= 0; i--)
        stack.push({ node: replies[i], parent: row.id ?? node.id });
  }
}

function addPost(p: Record<string, unknown>, comments: unknown, out: DocumentOut, source: string): void {
  const row = rowFromObject('posts', p);
  out.add('posts', row);
  if (Array.isArray(comments)) flattenComments(comments, row.id, out, source);
}

function addEach(table: StagingTable, items: readonly unknown[], out: DocumentOut, source: string): void {
  for (const item of items) {
    if (isRecord(item)) out.add(table, rowFromObject(table, item));
    else out.reject(`${table.replace(/s$/, '')} that is not a JSON object`, source);
  }
}

/** A profile's recent posts are the agent's own: they name it as author when they do not. */
function addProfile(
  doc: Record<string, unknown>,
  agent: Record<string, unknown>,
  out: DocumentOut,
  source: string,
): void {
  out.add('agents', rowFromObject('agents', agent));
  const recent = Array.isArray(doc.recentPosts) ? doc.recentPosts : [];
  for (const p of recent) {
    if (isRecord(p)) addPost(p.author === undefined ? { ...p, author: agent } : p, p.comments, out, source);
    else out.reject('post that is not a JSON object', source);
  }
}

/** Envelopes of one object; true when it was one (its rows are then out). */
function walkEnvelope(doc: Record<string, unknown>, out: DocumentOut, source: string): boolean {
  let found = false;
  if (Array.isArray(doc.posts)) {
    found = true;
    for (const p of doc.posts)
      if (isRecord(p)) addPost(p, p.comments, out, source);
      else out.reject('post that is not a JSON object', source);
  }
  if (isRecord(doc.post)) {
    found = true;
    addPost(doc.post, Array.isArray(doc.comments) ? doc.comments : doc.post.comments, out, source);
  } else if (Array.isArray(doc.comments) && !('id' in doc)) {
    // {comments: [...]} of one post; an object with an id and comments is a post with its thread.
    found = true;
    flattenComments(doc.comments, doc.post_id ?? null, out, source);
  }
  if (isRecord(doc.comment)) {
    found = true;
    flattenComments([doc.comment], doc.post_id ?? null, out, source);
  }
  if (isRecord(doc.agent)) {
    found = true;
    addProfile(doc, doc.agent, out, source);
  }
  if (Array.isArray(doc.agents)) {
    found = true;
    addEach('agents', doc.agents, out, source);
  }
  if (Array.isArray(doc.submolts)) {
    found = true;
    addEach('submolts', doc.submolts, out, source);
  }
  return found;
}

/** A bare record: its table by its fields, as a file of such records would be recognised. */
function walkRecord(doc: Record<string, unknown>, out: DocumentOut, source: string): void {
  const match = detectLayout(columnsOfObject(doc));
  const table = match.ok ? match.table : 'post_id' in doc ? 'comments' : 'title' in doc ? 'posts' : null;
  if (table === 'posts') addPost(doc, doc.comments, out, source);
  else if (table === 'comments') flattenComments([doc], doc.post_id, out, source);
  else if (table) out.add(table, rowFromObject(table, doc));
  else out.reject('JSON object that is not a post, comment, agent, submolt or API response', source);
}

/** Walks one parsed JSON document (a file, or one JSONL line). */
export function walkDocument(doc: unknown, out: DocumentOut, source: string, wrapping = 0): void {
  if (wrapping > MAX_WRAPPING) {
    out.reject('JSON document wrapped too deeply', source);
    return;
  }
  if (Array.isArray(doc)) {
    for (const item of doc) walkDocument(item, out, source, wrapping + 1);
    return;
  }
  if (!isRecord(doc)) {
    out.reject('JSON document that is neither an object nor an array', source);
    return;
  }
  // {timestamp, data}: a crawler's record of one response.
  if (!('id' in doc) && (isRecord(doc.data) || Array.isArray(doc.data))) {
    walkDocument(doc.data, out, source, wrapping + 1);
    return;
  }
  if (walkEnvelope(doc, out, source)) return;
  if (isRecord(doc.submolt) && !('title' in doc) && !('post_id' in doc)) {
    out.add('submolts', rowFromObject('submolts', doc.submolt));
    return;
  }
  walkRecord(doc, out, source);
}

/** True when a JSONL line needs this walker (an envelope or a tree), not a flat record reader. */
export function isEnvelope(doc: Record<string, unknown>): boolean {
  const nestedList = (k: string) => Array.isArray(doc[k]);
  return (
    ['posts', 'comments', 'replies', 'agents', 'submolts', 'recentPosts'].some(nestedList) ||
    isRecord(doc.post) ||
    isRecord(doc.comment) ||
    isRecord(doc.agent) ||
    (!('id' in doc) && (isRecord(doc.data) || Array.isArray(doc.data)))
  );
}
