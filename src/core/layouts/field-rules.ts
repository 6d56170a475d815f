/**
 * Where each staging column comes from, in every public Moltbook layout: one rule table that both
 * the SQL importers (DuckDB reads the file) and the JSON importer (JavaScript walks the document)
 * evaluate, so a layout is described once. Paths are dotted (`author.name` is the field `name` of
 * the STRUCT or object `author`); the candidates of a rule that exist in a file are coalesced in
 * the order given.
 *
 * - AIcell/moltbook-data: the contract's flat names (first candidates everywhere).
 * - API JSON, jscmp4 JSONL, takschdube JSON: `author {id, name, karma, follower_count}` and
 *   `submolt {id, name, display_name}` objects; `submolt` or `author` may be a plain name string.
 * - jscmp4 agents: camelCase (`followerCount`, `createdAt`…).
 * - TrustAIRLab/Moltbook: the whole post inside one STRUCT column `post`.
 * - Moltbook Observatory (CSV export, SimulaMet archive): `agent_id`/`agent_name`, `submolt` as a
 *   name, one net `score` instead of up/down votes.
 */
export type StagingTable = 'posts' | 'comments' | 'agents' | 'submolts';

export interface FieldRule {
  /** Candidate paths, coalesced among those the file has (single-value ones only). */
  from: readonly string[];
  /**
   * When no `from` candidate exists at all (not per row): `prefix` + the first of these. Authors
   * known by name alone get the stable id `name:<name>` (the Observatory export has no author
   * ids), so they still group; a submolt known by name alone is its own id.
   */
  fallback?: { from: readonly string[]; prefix: string };
  /** The post's own Moltbook page (as the Observatory export fills `url`) is not a posted link. */
  dropOwnPostUrl?: boolean;
  /**
   * When the file has neither `upvotes` nor `downvotes`: this side of a net score, upvotes =
   * max(score, 0) and downvotes = max(−score, 0), so upvotes − downvotes = score. Never applied
   * when up/down counts exist, so an `upvotes` column is never read as a net score.
   */
  netScore?: 'up' | 'down';
}

/** Paths of a net score, for rules with `netScore`. */
export const SCORE_PATHS = ['score', 'post.score'] as const;

/** Paths whose presence means the file carries up/down counts (then no net-score split). */
export const VOTE_PATHS = ['upvotes', 'downvotes', 'post.upvotes', 'post.downvotes'] as const;

const rule = (from: readonly string[], extra: Omit<FieldRule, 'from'> = {}): FieldRule => ({
  from,
  ...extra,
});
/** The prefix of ids derived from names (`name:<name>`). */
export const NAME_ID_PREFIX = 'name:';
const NAME_ID = (from: readonly string[]) => ({ from, prefix: NAME_ID_PREFIX });
const BY_NAME = (from: readonly string[]) => ({ from, prefix: '' });

const SUBMOLT_NAME = ['submolt_name', 'submolt.name', 'post.submolt.name', 'submolt'];
const AUTHOR_NAME = ['author_name', 'author.name', 'post.author.name', 'agent_name', 'author'];
const UPVOTES = rule(['upvotes', 'post.upvotes'], { netScore: 'up' });
const DOWNVOTES = rule(['downvotes', 'post.downvotes'], { netScore: 'down' });

/** The rule of every staging column, in the staging tables' column order. */
export const FIELD_RULES = {
  posts: {
    id: rule(['post.id', 'id']),
    title: rule(['title', 'post.title']),
    content: rule(['content', 'post.content']),
    url: rule(['url', 'post.url'], { dropOwnPostUrl: true }),
    upvotes: UPVOTES,
    downvotes: DOWNVOTES,
    comment_count: rule(['comment_count', 'post.comment_count', 'commentCount']),
    created_at: rule(['created_at', 'post.created_at', 'createdAt']),
    submolt_id: rule(['submolt_id', 'submolt.id', 'post.submolt.id'], { fallback: BY_NAME(SUBMOLT_NAME) }),
    submolt_name: rule(SUBMOLT_NAME),
    submolt_display_name: rule([
      'submolt_display_name',
      'submolt.display_name',
      'post.submolt.display_name',
      'submolt.displayName',
    ]),
    author_id: rule(['author_id', 'author.id', 'post.author.id', 'post.author_id', 'agent_id'], {
      fallback: NAME_ID(AUTHOR_NAME),
    }),
    author_name: rule(AUTHOR_NAME),
  },
  comments: {
    id: rule(['id']),
    post_id: rule(['post_id', 'postId']),
    parent_id: rule(['parent_id', 'parentId']),
    content: rule(['content']),
    upvotes: UPVOTES,
    downvotes: DOWNVOTES,
    created_at: rule(['created_at', 'createdAt']),
    depth: rule(['depth']),
    author_id: rule(['author_id', 'author.id', 'agent_id'], { fallback: NAME_ID(AUTHOR_NAME) }),
    author_name: rule(AUTHOR_NAME),
    author_karma: rule(['author_karma', 'author.karma']),
    author_follower_count: rule(['author_follower_count', 'author.follower_count', 'author.followerCount']),
  },
  agents: {
    id: rule(['id', 'agent_id'], { fallback: NAME_ID(['name', 'agent_name']) }),
    name: rule(['name', 'agent_name']),
    description: rule(['description']),
    karma: rule(['karma']),
    follower_count: rule(['follower_count', 'followerCount']),
    following_count: rule(['following_count', 'followingCount']),
    // The Observatory export knows some agents only from when it first saw them.
    created_at: rule(['created_at', 'createdAt', 'first_seen_at']),
  },
  submolts: {
    id: rule(['id', 'submolt_id'], { fallback: BY_NAME(['name', 'submolt_name']) }),
    name: rule(['name', 'submolt_name']),
    display_name: rule(['display_name', 'displayName']),
    description: rule(['description']),
    subscriber_count: rule(['subscriber_count', 'subscriberCount']),
  },
} as const satisfies Record<StagingTable, Record<string, FieldRule>>;

export type StagingColumn<T extends StagingTable> = keyof (typeof FIELD_RULES)[T] & string;

/** Columns staged as timestamps: a TIMESTAMP or DATE source is staged as its UTC ISO text. */
export const TIMESTAMP_COLUMNS: ReadonlySet<string> = new Set(['created_at']);

/**
 * Columns the rules read fields out of (`author` of `author.name`…): objects in one record and
 * names in another, so a sample that only ever saw them null cannot tell how to read them.
 */
export const NESTED_ROOTS: ReadonlySet<string> = new Set(
  Object.values(FIELD_RULES as Record<StagingTable, Record<string, FieldRule>>)
    .flatMap((rules) => Object.values(rules).flatMap((r) => [...r.from, ...(r.fallback?.from ?? [])]))
    .filter((p) => p.includes('.'))
    .map((p) => p.split('.')[0]),
);
