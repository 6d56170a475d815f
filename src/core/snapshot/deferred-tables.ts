/**
 * Tables a load leaves on the server until a view needs them. The vectors and the n-gram index are
 * the largest files of a snapshot (half of the default one) and only the semantic and lexical
 * diagnostics read them: the Overview, the Network and the Explore tables never wait for them.
 *
 * Which diagnostic needs which is stated here once, for the worker (which loads before it runs) and
 * the data client (which asks first, so it can say what is coming and pass on the table's notices).
 * A unit test checks that every diagnostic not listed gives the same result with and without vectors.
 */
import type { DiagnosticId } from '../diagnostics';
import type { TableName } from './tables';

export const DEFERRED_TABLES = ['embeddings', 'ngrams'] as const satisfies readonly TableName[];
export type DeferredTable = (typeof DEFERRED_TABLES)[number];

export const isDeferred = (t: TableName): t is DeferredTable =>
  (DEFERRED_TABLES as readonly TableName[]).includes(t);

/** Diagnostics that read item vectors (the frame's `vectors`, directly or through hasVector). */
const NEEDS_VECTORS: ReadonlySet<DiagnosticId> = new Set<DiagnosticId>([
  'stabilization',
  'knnDensity',
  'agentDrift',
  'agentTrajectories',
  'feedbackAdaptation',
  'interactionInfluence',
]);

/** The deferred tables a diagnostic reads. Lexical turnover reads the n-gram index when it has one. */
export function tablesFor(id: DiagnosticId): DeferredTable[] {
  if (id === 'lexicalTurnover') return ['ngrams'];
  return NEEDS_VECTORS.has(id) ? ['embeddings'] : [];
}

/**
 * The deferred tables a console statement may read: those whose name appears in it as a word. A
 * mention in a comment or a string loads a table for nothing, which costs time, never a wrong answer.
 * The n-gram index is never a console table (it is decoded apart from DuckDB).
 */
export function tablesInSql(sql: string): DeferredTable[] {
  return /\bembeddings\b/i.test(sql) ? ['embeddings'] : [];
}
