/** Hand-made fixtures: a few posts and comments written out explicitly. */
import { buildFrame, type RawColumns } from '../../../src/core/metrics/build-frame.ts';
import type { Frame } from '../../../src/core/frame.ts';

export const T0 = Date.UTC(2026, 0, 27);
const HOUR = 3_600_000;

export interface TinyPost {
  id: string;
  author: string;
  /** Hours after 2026-01-27 00:00 UTC. */
  h: number;
  vec?: number[];
  text?: string;
  up?: number;
  down?: number;
  submolt?: string;
}

export interface TinyComment {
  id: string;
  post: string;
  author: string;
  h: number;
  parent?: string;
  text?: string;
  vec?: number[];
}

export function tiny(posts: TinyPost[], comments: TinyComment[] = []): Frame {
  const raw: RawColumns = {
    posts: {
      id: posts.map((p) => p.id),
      createdMs: posts.map((p) => T0 + p.h * HOUR),
      authorName: posts.map((p) => p.author),
      submoltName: posts.map((p) => p.submolt ?? 'general'),
      upvotes: posts.map((p) => p.up ?? 0),
      downvotes: posts.map((p) => p.down ?? 0),
      title: posts.map(() => null),
      content: posts.map((p) => p.text ?? ''),
    },
    comments: {
      id: comments.map((c) => c.id),
      postId: comments.map((c) => c.post),
      parentId: comments.map((c) => c.parent ?? null),
      createdMs: comments.map((c) => T0 + c.h * HOUR),
      authorName: comments.map((c) => c.author),
      content: comments.map((c) => c.text ?? ''),
    },
  };
  const withVec = [
    ...posts.filter((p) => p.vec).map((p) => ({ id: p.id, kind: 'post', v: p.vec! })),
    ...comments.filter((c) => c.vec).map((c) => ({ id: c.id, kind: 'comment', v: c.vec! })),
  ];
  if (withVec.length) {
    raw.embeddings = {
      id: withVec.map((x) => x.id),
      kind: withVec.map((x) => x.kind),
      vec: withVec.map((x) => Int8Array.from(x.v, (c) => Math.round(c * 100))),
      scale: withVec.map(() => 0.01),
    };
  }
  return buildFrame(raw, { texts: true });
}
