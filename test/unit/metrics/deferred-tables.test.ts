/**
 * The frame is built without vectors, and only the diagnostics src/core/snapshot/deferred-tables.ts
 * names wait for them. This holds that list to the truth: every other diagnostic must give exactly
 * the same result on a frame with vectors and on the same frame without them, so leaving them out
 * can never change a number a view shows.
 */
import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS, DIAGNOSTIC_IDS, type DiagnosticId } from '../../../src/core/diagnostics.ts';
import { tablesFor, tablesInSql } from '../../../src/core/snapshot/deferred-tables.ts';
import type { Frame } from '../../../src/core/frame.ts';
import { randomFrame } from './random-frame.ts';

const run = (id: DiagnosticId, frame: Frame): unknown =>
  (DIAGNOSTICS[id] as (f: Frame, p?: unknown) => unknown)(frame, {});

function withoutVectors(frame: Frame): Frame {
  const strip = <T extends Frame['posts']>(items: T): T => ({
    ...items,
    vectors: null,
    hasVector: undefined,
  });
  return { ...frame, dim: 0, posts: strip(frame.posts), comments: strip(frame.comments) };
}

describe('deferred tables', () => {
  it('diagnostics not said to need vectors give identical results without them', () => {
    const others = DIAGNOSTIC_IDS.filter((id) => !tablesFor(id).includes('embeddings'));
    expect(others.length).toBeGreaterThan(5);
    for (const seed of [5, 11]) {
      const frame = randomFrame({ seed, posts: 90, comments: 260, days: 5 });
      const bare = withoutVectors(frame);
      for (const id of others) expect(run(id, bare), id).toEqual(run(id, frame));
    }
  });

  it('the diagnostics said to need vectors do read them (the list is not longer than it must be)', () => {
    const frame = randomFrame({ seed: 5, posts: 90, comments: 260, days: 5 });
    const bare = withoutVectors(frame);
    for (const id of DIAGNOSTIC_IDS.filter((d) => tablesFor(d).includes('embeddings'))) {
      expect(run(id, bare), id).not.toEqual(run(id, frame));
    }
  });

  it('lexical turnover asks for the n-gram index; console SQL asks for vectors when it names them', () => {
    expect(tablesFor('lexicalTurnover')).toEqual(['ngrams']);
    expect(tablesFor('reciprocity')).toEqual([]);
    expect(tablesInSql('SELECT count(*) FROM EMBEDDINGS')).toEqual(['embeddings']);
    expect(tablesInSql('SELECT * FROM "embeddings" e')).toEqual(['embeddings']);
    expect(tablesInSql('SELECT * FROM posts -- no vectors')).toEqual([]);
    expect(tablesInSql('SELECT * FROM my_embeddings_copy')).toEqual([]);
  });
});
