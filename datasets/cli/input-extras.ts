/**
 * What an --input folder may hold besides posts and comments: a vectors file (used as
 * --embeddings) and a generator's truth file (marks the snapshot synthetic). Found here, before
 * the importers run; the importers recognise them too and list them as skipped, never as posts.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SyntheticInfo } from '../../src/core/snapshot/manifest';
import { parquetVectorColumn, VECTOR_KEYS } from '../build/external-embeddings';

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A run declared synthetic by its description alone: how it was made is not known. */
export function declaredSynthetic(description: string): SyntheticInfo {
  return { generator: description, scenario: 'unknown', scale: 'unknown', seed: null, parameters: {} };
}

/**
 * Synthetic info from a truth file: a Moltscope manifest (its `synthetic` block), an object shaped
 * like one ({generator, scenario, …}), or any other JSON object (kept whole as the parameters).
 */
export function syntheticFromTruth(path: string): SyntheticInfo {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`truth file ${path} is not JSON: ${(e as Error).message}`);
  }
  if (!isObj(raw)) throw new Error(`truth file ${path} is not a JSON object`);
  const s = isObj(raw.synthetic) ? raw.synthetic : raw;
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v ? v : fallback);
  return {
    generator: text(s.generator, `unknown generator (truth file ${basename(path)})`),
    scenario: text(s.scenario, 'unknown'),
    scale: text(s.scale, 'unknown'),
    seed: typeof s.seed === 'number' && Number.isFinite(s.seed) ? s.seed : null,
    parameters: isObj(s.parameters) ? s.parameters : s === raw ? raw : {},
    ...(isObj(s.calibration)
      ? { calibration: s.calibration as NonNullable<SyntheticInfo['calibration']> }
      : {}),
  };
}

/** First non-empty line of a text file (reads at most 1 MB). */
function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return (
      buf
        .subarray(0, n)
        .toString('utf8')
        .split(/\r?\n/)
        .find((l) => l.trim()) ?? ''
    );
  } finally {
    closeSync(fd);
  }
}

/** A JSONL line that is {id, vec|vector|embedding: [numbers]} and nothing like a post or comment. */
function isVectorsJsonl(path: string): boolean {
  let o: unknown;
  try {
    o = JSON.parse(firstLine(path));
  } catch {
    return false;
  }
  if (!isObj(o) || o.id === undefined) return false;
  if (['title', 'content', 'body', 'post_id', 'author'].some((k) => k in o)) return false;
  const v = VECTOR_KEYS.map((k) => o[k]).find((x) => x !== undefined);
  return Array.isArray(v) && v.length > 0 && typeof v[0] === 'number';
}

function isTruthFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (!name.endsWith('.json')) return false;
  if (name.includes('truth')) return true;
  if (name !== 'manifest.json') return false;
  try {
    const o: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return isObj(o) && isObj(o.synthetic);
  } catch {
    return false;
  }
}

export interface InputExtras {
  /** The inputs to import, as given: the importers list the extras they find as skipped. */
  inputs: string[];
  vectors: string[];
  truth: string[];
}

/** Looks through each input folder (top level) for vectors and truth files. */
export async function findInputExtras(inputs: string[]): Promise<InputExtras> {
  const out: InputExtras = { inputs: [...inputs], vectors: [], truth: [] };
  for (const input of inputs) {
    if (!existsSync(input) || !statSync(input).isDirectory()) continue;
    const files = readdirSync(input)
      .sort()
      .map((e) => join(input, e))
      .filter((p) => statSync(p).isFile());
    for (const f of files) {
      const name = basename(f).toLowerCase();
      if (isTruthFile(f)) out.truth.push(f);
      else if ((name.endsWith('.jsonl') || name.endsWith('.ndjson')) && isVectorsJsonl(f))
        out.vectors.push(f);
      else if (
        name.endsWith('.parquet') &&
        !name.includes('post') &&
        !name.includes('comment') &&
        (await parquetVectorColumn(f))
      )
        out.vectors.push(f);
    }
  }
  return out;
}
