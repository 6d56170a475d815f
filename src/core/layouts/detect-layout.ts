/**
 * Which staging table a file (or a JSON object) feeds, and which public layout it is, from its
 * columns alone. Layouts whose columns are unverified (MoltNet, PaDaS-Lab, the SimulaMet archive)
 * are recognised when they carry the fields these signatures need, and refused with the columns
 * found and the columns expected when they do not: a guess would stage garbage silently.
 */
import { ColumnIndex, type SourceColumn } from './column-index';
import type { StagingTable } from './field-rules';
import { resolveFields, type ResolvedField } from './resolve-fields';

/** Each inner list is "one of these"; a table matches when every list has a column present. */
const SIGNATURES: Record<StagingTable, readonly (readonly string[])[]> = {
  posts: [
    ['id', 'post.id'],
    ['title', 'post.title'],
    ['created_at', 'post.created_at', 'createdAt'],
  ],
  comments: [['id'], ['post_id', 'postId'], ['created_at', 'createdAt']],
  agents: [
    ['name', 'agent_name'],
    [
      'karma',
      'follower_count',
      'followerCount',
      'following_count',
      'followingCount',
      'is_claimed',
      'isClaimed',
    ],
  ],
  submolts: [
    ['name', 'submolt_name'],
    ['display_name', 'displayName', 'subscriber_count', 'subscriberCount'],
  ],
};

/** Order of preference when a file fits several tables and its name does not say which. */
const PREFERENCE: readonly StagingTable[] = ['posts', 'comments', 'agents', 'submolts'];

const VECTOR_COLUMNS = ['vec', 'vector', 'embedding'];

export interface LayoutMatch {
  table: StagingTable;
  /** Short name of the layout recognised, for the build report. */
  layout: string;
  fields: ResolvedField[];
}

export type LayoutResult = ({ ok: true } & LayoutMatch) | { ok: false; reason: string };

/** The table a file name points at (`comments-00000.parquet`, `agents_seen.jsonl`…), if any. */
export function tableHint(fileName: string): StagingTable | undefined {
  const n = fileName.toLowerCase();
  if (n.includes('comment')) return 'comments';
  if (n.includes('submolt')) return 'submolts';
  if (n.includes('agent') || n.includes('profile')) return 'agents';
  if (n.includes('post')) return 'posts';
  return undefined;
}

const fits = (table: StagingTable, cols: ColumnIndex): boolean =>
  SIGNATURES[table].every((oneOf) => oneOf.some((p) => cols.hasValue(p)));

function layoutName(table: StagingTable, cols: ColumnIndex, fields: ResolvedField[]): string {
  const net = fields.some((f) => f.mode === 'net-up');
  if (cols.hasStruct('post')) return 'trustairlab-struct-post';
  if (cols.has('agent_name') || cols.has('agent_id') || net) return 'observatory';
  if (table === 'agents') {
    if (['followerCount', 'followingCount', 'createdAt'].some((p) => cols.has(p))) return 'camelcase';
    // Agents known by name alone, as the Observatory export lists them.
    return fields[0].mode === 'prefixed' || cols.has('first_seen_at') ? 'observatory' : 'flat';
  }
  if (table === 'submolts') return 'flat';
  if (cols.hasStruct('author') || cols.hasStruct('submolt')) return 'nested-author-submolt';
  if (cols.hasValue('author')) return 'author-name-string';
  if (cols.hasValue('submolt')) return 'submolt-name-string';
  return 'aicell-flat';
}

/**
 * Recognises a file's table and layout. `hint` (from the file name or the JSON document's shape)
 * only decides between tables the columns fit equally: columns outrank names.
 */
export function detectLayout(columns: readonly SourceColumn[], hint?: StagingTable): LayoutResult {
  const cols = new ColumnIndex(columns);
  const candidates = PREFERENCE.filter((t) => fits(t, cols));
  const table = hint && candidates.includes(hint) ? hint : candidates[0];
  if (!table) return { ok: false, reason: refusal(columns) };
  const fields = resolveFields(table, cols);
  return { ok: true, table, layout: `${table}/${layoutName(table, cols, fields)}`, fields };
}

/** Why nothing matched: the columns found and what each table needs. */
function refusal(columns: readonly SourceColumn[]): string {
  const found = columns.map((c) => c.name).join(', ') || 'none';
  const names = new Set(columns.map((c) => c.name));
  if (names.has('id') && VECTOR_COLUMNS.some((v) => names.has(v)))
    return `a vectors file (columns ${found}), not posts or comments: used as --embeddings when it is the only one at the top of an --input folder, else pass it with --embeddings`;
  const expected = PREFERENCE.map(
    (t) => `${t} (${SIGNATURES[t].map((oneOf) => oneOf.join(' or ')).join('; ')})`,
  ).join(', ');
  return `no known Moltbook layout: columns found: ${found}; expected one of ${expected}`;
}
