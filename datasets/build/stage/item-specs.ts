/**
 * What the normaliser checks and keeps of each staged post and comment, in the order the
 * JavaScript normaliser looked at a row's fields (the report's entry order follows it).
 */
import type { Check } from './field-sql';
import {
  countChecks,
  countSql,
  idSql,
  signedIntChecks,
  signedIntSql,
  textChecks,
  textSql,
} from './field-sql';

export interface ItemSpec {
  table: 'posts' | 'comments';
  /** Singular, as the report's messages name it. */
  noun: 'post' | 'comment';
  /** Extra parsed columns of the parsed view besides _id and _t. */
  parsed: string[];
  /** Checks of each staged row, over the parsed view, rejections first. */
  rowChecks: Check[];
  /** Rows that are kept past the row checks. */
  valid: string;
  /** Clean columns in contract order, over the parsed view. */
  select: string[];
  /** The text compared by --dedupe-threshold, over the clean columns; `empty` is a text-less row's. */
  textKey: string;
  emptyKey: string;
}

const VALID_POST = `_id IS NOT NULL AND _t IS NOT NULL`;
const only = (valid: string, checks: Check[]): Check[] =>
  checks.map((c) => ({ ...c, when: `(${valid}) AND (${c.when})` }));

export const POST_SPEC: ItemSpec = {
  table: 'posts',
  noun: 'post',
  parsed: [],
  rowChecks: [
    {
      action: 'rejected',
      what: 'post without an id',
      when: `_id IS NULL`,
      example: `to_json(title)`,
    },
    {
      action: 'rejected',
      what: 'post with a missing or unparsable created_at',
      when: `_id IS NOT NULL AND _t IS NULL`,
      example: `_id || ': ' || coalesce(created_at, 'null')`,
    },
    ...only(VALID_POST, [
      ...textChecks('title', 'post title'),
      ...textChecks('content', 'post content'),
      {
        action: 'repaired',
        what: 'post with no title and no content (kept, empty text)',
        when: `coalesce(${textSql('title')}, '') = '' AND coalesce(${textSql('content')}, '') = ''`,
        example: '_id',
      },
      ...textChecks('url', 'post url'),
      ...countChecks('upvotes', 'post upvotes'),
      ...countChecks('downvotes', 'post downvotes'),
      ...countChecks('comment_count', 'post comment_count'),
      ...textChecks('submolt_name', 'submolt name'),
      ...textChecks('submolt_display_name', 'submolt display name'),
      ...textChecks('author_name', 'author name'),
      {
        action: 'repaired',
        what: 'post without an author (kept, author unknown)',
        when: `${idSql('author_id')} IS NULL`,
        example: '_id',
      },
    ]),
  ],
  valid: VALID_POST,
  select: [
    `_id AS id`,
    `${textSql('title')} AS title`,
    `${textSql('content')} AS content`,
    `${textSql('url')} AS url`,
    `${countSql('upvotes')} AS upvotes`,
    `${countSql('downvotes')} AS downvotes`,
    `${countSql('comment_count')} AS comment_count`,
    `_t AS created_at`,
    `${idSql('submolt_id')} AS submolt_id`,
    `${textSql('submolt_name')} AS submolt_name`,
    `${textSql('submolt_display_name')} AS submolt_display_name`,
    `${idSql('author_id')} AS author_id`,
    `${textSql('author_name')} AS author_name`,
  ],
  // postText of src/core/text/tokenize.ts: title, a blank line, content.
  textKey: `coalesce(title, '') || chr(10) || chr(10) || coalesce(content, '')`,
  emptyKey: `chr(10) || chr(10)`,
};

const VALID_COMMENT = `_id IS NOT NULL AND _post IS NOT NULL AND _t IS NOT NULL`;

export const COMMENT_SPEC: ItemSpec = {
  table: 'comments',
  noun: 'comment',
  parsed: [`${idSql('post_id')} AS _post`],
  rowChecks: [
    {
      action: 'rejected',
      what: 'comment without an id',
      when: `_id IS NULL`,
      example: `left(coalesce(content, 'null'), 60)`,
    },
    {
      action: 'rejected',
      what: 'comment without a post_id',
      when: `_id IS NOT NULL AND _post IS NULL`,
      example: '_id',
    },
    {
      action: 'rejected',
      what: 'comment with a missing or unparsable created_at',
      when: `_id IS NOT NULL AND _post IS NOT NULL AND _t IS NULL`,
      example: `_id || ': ' || coalesce(created_at, 'null')`,
    },
    ...only(VALID_COMMENT, [
      ...textChecks('content', 'comment content'),
      {
        action: 'repaired',
        what: 'comment with no content (kept, empty text)',
        when: `coalesce(${textSql('content')}, '') = ''`,
        example: '_id',
      },
      ...countChecks('upvotes', 'comment upvotes'),
      ...countChecks('downvotes', 'comment downvotes'),
      ...signedIntChecks('depth', 'comment depth'),
      ...textChecks('author_name', 'author name'),
      ...signedIntChecks('author_karma', 'author karma'),
      ...countChecks('author_follower_count', 'author follower_count'),
    ]),
  ],
  valid: VALID_COMMENT,
  select: [
    `_id AS id`,
    `_post AS post_id`,
    `${idSql('parent_id')} AS parent_id`,
    `coalesce(${textSql('content')}, '') AS content`,
    `${countSql('upvotes')} AS upvotes`,
    `${countSql('downvotes')} AS downvotes`,
    `_t AS created_at`,
    `${signedIntSql('depth')} AS depth`,
    `${idSql('author_id')} AS author_id`,
    `${textSql('author_name')} AS author_name`,
    `${signedIntSql('author_karma')} AS author_karma`,
    `${countSql('author_follower_count')} AS author_follower_count`,
  ],
  textKey: `content`,
  emptyKey: `''`,
};
