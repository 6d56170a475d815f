import { tokenize } from '../text/tokenize';
import { combineHashes, fmix32, hashString } from './hash';
import { STOPWORDS } from './stopwords';

export interface HashingEmbedderOptions {
  /** Output dimensions (default 64). */
  dimensions?: number;
  /** Seed of the fixed projection; vectors are only comparable within one seed. */
  seed?: number;
  /** Weight of adjacent-token bigrams relative to unigrams. */
  bigramWeight?: number;
}

export interface Embedder {
  readonly dimensions: number;
  /** Model id written to manifest.embedding.model. */
  readonly model: string;
  readonly method: string;
  /** Unit-length vector of `text` written to out[offset .. offset + dimensions). */
  embedInto(text: string, out: Float32Array, offset: number): void;
  embed(text: string): Float32Array;
}

// Each feature lands on this many output coordinates with random signs: a sparse signed random
// projection of the hashed bag of words (Achlioptas / Kane–Nelson), which cuts the variance a single
// collision would cause in 64 dimensions.
const NONZEROS = 3;
const FEATURE_SCALE = 1 / Math.sqrt(NONZEROS);

/**
 * A weight-free text embedder: tokens and adjacent-token bigrams (stopwords removed) are hashed and
 * projected to `dimensions` by a fixed, seeded signed projection, then L2-normalised. Pure
 * TypeScript so the browser worker and the Node CLI produce identical vectors.
 */
export function createHashingEmbedder(options: HashingEmbedderOptions = {}): Embedder {
  const dimensions = options.dimensions ?? 64;
  const seed = (options.seed ?? 0x6d6f6c74) >>> 0;
  const bigramWeight = options.bigramWeight ?? 0.6;
  if (!Number.isInteger(dimensions) || dimensions < 2) throw new Error(`dimensions must be an integer ≥ 2`);

  // Unigram hashes are reused across texts; bounded so a hostile corpus cannot grow it forever.
  const cache = new Map<string, number>();
  const tokenHash = (tok: string): number => {
    let h = cache.get(tok);
    if (h === undefined) {
      h = hashString(tok, seed);
      if (cache.size > 200_000) cache.clear();
      cache.set(tok, h);
    }
    return h;
  };

  const addFeature = (h: number, weight: number, out: Float32Array, offset: number): void => {
    let x = h;
    for (let k = 0; k < NONZEROS; k++) {
      x = fmix32((x + 0x9e3779b9 + k) >>> 0);
      const sign = x & 1 ? 1 : -1;
      out[offset + ((x >>> 1) % dimensions)] += sign * weight * FEATURE_SCALE;
    }
  };

  // Texts with no content word still need a unit vector: they all share this fixed direction.
  const emptyHash = hashString('\u0000empty', seed);

  const embedInto = (text: string, out: Float32Array, offset: number): void => {
    out.fill(0, offset, offset + dimensions);
    let prev = -1;
    let any = false;
    for (const tok of tokenize(text)) {
      if (STOPWORDS.has(tok)) {
        prev = -1;
        continue;
      }
      const h = tokenHash(tok);
      addFeature(h, 1, out, offset);
      if (prev !== -1) addFeature(combineHashes(prev, h), bigramWeight, out, offset);
      prev = h;
      any = true;
    }
    if (!any) addFeature(emptyHash, 1, out, offset);
    let norm = 0;
    for (let i = 0; i < dimensions; i++) norm += out[offset + i] * out[offset + i];
    if (norm === 0) {
      // Features cancelled exactly (possible in principle): fall back to the empty direction.
      addFeature(emptyHash, 1, out, offset);
      for (let i = 0; i < dimensions; i++) norm += out[offset + i] * out[offset + i];
    }
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < dimensions; i++) out[offset + i] *= inv;
  };

  return {
    dimensions,
    model: `moltscope-hash-v1-${dimensions}d-seed${seed}`,
    method: `feature hashing of lower-cased tokens and bigrams (stopwords removed), sparse signed random projection (${NONZEROS} nonzeros/feature, seed ${seed}), L2-normalised`,
    embedInto,
    embed(text: string): Float32Array {
      const out = new Float32Array(dimensions);
      embedInto(text, out, 0);
      return out;
    },
  };
}
