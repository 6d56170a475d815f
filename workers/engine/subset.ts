import type { SubsetOptions } from '../../src/core/snapshot/estimate';
import { TABLES, type TableName } from '../../src/core/snapshot/tables';
import type { InsertSubset } from './insert-parquet';
import { quoteIdent } from './sql-names';

/**
 * What to keep of each table for a chosen subset. Every condition is constant SQL written here;
 * the only number in it (k) is checked to be an integer.
 */
export function subsetFor(table: TableName, schema: string, o: SubsetOptions): InsertSubset {
  const out: InsertSubset = {};
  if (o.skipText && TABLES[table].textColumns.length) {
    const text = new Set(TABLES[table].textColumns);
    out.keepColumn = (name) => !text.has(name);
  }
  const k = o.samplePosts && Number.isInteger(o.samplePosts) && o.samplePosts > 1 ? o.samplePosts : 0;
  const conditions: string[] = [];
  if (k && table === 'posts') conditions.push(`hash(CAST(id AS VARCHAR)) % ${k} = 0`);
  if (k && table === 'comments') conditions.push(`hash(CAST(post_id AS VARCHAR)) % ${k} = 0`);
  if (table === 'embeddings') {
    if (o.skipCommentVectors) conditions.push(`kind = 'post'`);
    // Posts and comments are loaded first: keep only the vectors of items that were kept.
    if (k) {
      conditions.push(
        `CAST(id AS VARCHAR) IN (SELECT id FROM ${schema}.${quoteIdent('posts')} UNION ALL SELECT id FROM ${schema}.${quoteIdent('comments')})`,
      );
    }
  }
  if (conditions.length) out.rowFilter = conditions.join(' AND ');
  return out;
}

export function describeSubset(o: SubsetOptions): string {
  const parts: string[] = [];
  if (o.samplePosts && o.samplePosts > 1)
    parts.push(`1 post in ${o.samplePosts} (by a hash of its id) with its comments`);
  if (o.skipText) parts.push('without titles and contents');
  if (o.skipCommentVectors) parts.push('without comment vectors');
  return parts.join(', ');
}
