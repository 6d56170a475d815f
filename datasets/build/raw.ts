/**
 * Rows as importers hand them over: loosely typed, straight from hostile input. The normaliser
 * (normalise.ts) is the only place that turns them into contract rows.
 */
export interface RawPost {
  id: unknown;
  title: unknown;
  content: unknown;
  url: unknown;
  upvotes: unknown;
  downvotes: unknown;
  comment_count: unknown;
  created_at: unknown;
  submolt_id: unknown;
  submolt_name: unknown;
  submolt_display_name: unknown;
  author_id: unknown;
  author_name: unknown;
}

export interface RawComment {
  id: unknown;
  post_id: unknown;
  parent_id: unknown;
  content: unknown;
  upvotes: unknown;
  downvotes: unknown;
  created_at: unknown;
  depth: unknown;
  author_id: unknown;
  author_name: unknown;
  author_karma: unknown;
  author_follower_count: unknown;
}

export interface RawAgent {
  id: unknown;
  name: unknown;
  description: unknown;
  karma: unknown;
  follower_count: unknown;
  following_count: unknown;
  created_at: unknown;
}

export interface RawSubmolt {
  id: unknown;
  name: unknown;
  display_name: unknown;
  description: unknown;
  subscriber_count: unknown;
}

export interface RawDataset {
  posts: RawPost[];
  comments: RawComment[];
  agents: RawAgent[];
  submolts: RawSubmolt[];
}

export const emptyDataset = (): RawDataset => ({ posts: [], comments: [], agents: [], submolts: [] });

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Field of a nested object (e.g. author.name), undefined when any level is missing. */
export function nested(o: Record<string, unknown>, key: string, field: string): unknown {
  const inner = o[key];
  return isRecord(inner) ? inner[field] : undefined;
}
