/**
 * §7 Consensus probing: in the comments of one probe thread, which agents and posts are named, how
 * concentrated the answers are, and how many named agents do not exist in the snapshot.
 *
 * Agent mentions are explicit handles (`@name`, `u/name`) plus, optionally, bare words equal to a
 * known agent name (case-insensitive, at least minBareLength characters). Only explicit handles can
 * name a non-existent agent, so the missing share is computed over them. Post references are
 * `/post/<id>` or `/posts/<id>` links. A comment counts each name or post at most once.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { selectRows } from './select.ts';

export interface ConsensusParams {
  /** Post id of the probe thread. */
  postId: string;
  matchBareNames: boolean;
  minBareLength: number;
  listTop: number;
}

export const CONSENSUS_DEFAULTS: ConsensusParams = {
  postId: '',
  matchBareNames: true,
  minBareLength: 4,
  listTop: 20,
};

export interface Concentration {
  /** Mentions counted (comment × distinct target). */
  mentions: number;
  distinct: number;
  /** Shannon entropy of the mention distribution, bits. */
  entropyBits: number | null;
  top1Share: number | null;
  top: { name: string; count: number; exists: boolean }[];
}

export interface ConsensusResult {
  params: ConsensusParams;
  found: boolean;
  comments: number;
  agents: Concentration & {
    explicitDistinct: number;
    missingShare: number | null;
    missingMentionShare: number | null;
  };
  posts: Concentration & { missingShare: number | null };
}

const HANDLE = /(?:^|[^\p{L}\p{N}_])(?:@|u\/)([\p{L}\p{N}_-]{2,40})/gu;
const POST_REF = /\/posts?\/([A-Za-z0-9_-]+)/g;
const WORD = /[\p{L}\p{N}_-]+/gu;

function concentrate(
  counts: Map<string, number>,
  exists: (n: string) => boolean,
  listTop: number,
): Concentration {
  let total = 0;
  for (const c of counts.values()) total += c;
  let h = 0;
  let max = 0;
  for (const c of counts.values()) {
    h -= (c / total) * Math.log2(c / total);
    max = Math.max(max, c);
  }
  const top = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, listTop)
    .map(([name, count]) => ({ name, count, exists: exists(name) }));
  return {
    mentions: total,
    distinct: counts.size,
    entropyBits: total ? h + 0 : null,
    top1Share: total ? max / total : null,
    top,
  };
}

/** §7 mention concentration in a probe thread. */
export function consensus(
  frame: Frame,
  params: Partial<ConsensusParams> = {},
  filter: FrameFilter = {},
): ConsensusResult {
  const p = { ...CONSENSUS_DEFAULTS, ...params };
  const agentByLower = new Map(frame.agents.map((a) => [a.toLowerCase(), a]));
  const postIds = new Set(frame.posts.ids);
  const probe = frame.posts.ids.indexOf(p.postId);
  const names = new Map<string, number>();
  const explicit = new Map<string, number>();
  const refs = new Map<string, number>();
  let n = 0;
  if (probe >= 0 && frame.comments.texts) {
    for (const c of selectRows(frame.comments, filter)) {
      if (frame.comments.post[c] !== probe) continue;
      n++;
      const text = frame.comments.texts[c] ?? '';
      const mine = new Set<string>();
      const mineExplicit = new Set<string>();
      for (const m of text.matchAll(HANDLE)) {
        const key = agentByLower.get(m[1].toLowerCase()) ?? m[1];
        mine.add(key);
        mineExplicit.add(key);
      }
      if (p.matchBareNames) {
        for (const m of text.matchAll(WORD)) {
          const known = m[0].length >= p.minBareLength ? agentByLower.get(m[0].toLowerCase()) : undefined;
          if (known) mine.add(known);
        }
      }
      const mineRefs = new Set(Array.from(text.matchAll(POST_REF), (m) => m[1]));
      for (const k of mine) names.set(k, (names.get(k) ?? 0) + 1);
      for (const k of mineExplicit) explicit.set(k, (explicit.get(k) ?? 0) + 1);
      for (const k of mineRefs) refs.set(k, (refs.get(k) ?? 0) + 1);
    }
  }
  const agentExists = (k: string) => agentByLower.has(k.toLowerCase());
  let missing = 0;
  let missingMentions = 0;
  let explicitMentions = 0;
  for (const [k, c] of explicit) {
    explicitMentions += c;
    if (!agentExists(k)) {
      missing += 1;
      missingMentions += c;
    }
  }
  let missingRefs = 0;
  for (const k of refs.keys()) if (!postIds.has(k)) missingRefs++;
  return {
    params: p,
    found: probe >= 0,
    comments: n,
    agents: {
      ...concentrate(names, agentExists, p.listTop),
      explicitDistinct: explicit.size,
      missingShare: explicit.size ? missing / explicit.size : null,
      missingMentionShare: explicitMentions ? missingMentions / explicitMentions : null,
    },
    posts: {
      ...concentrate(refs, (k) => postIds.has(k), p.listTop),
      missingShare: refs.size ? missingRefs / refs.size : null,
    },
  };
}
