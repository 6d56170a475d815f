import { DAY_MS, type Frame } from '../../src/core/frame';
import { gramIndexOf, KIND_CODES, type GramIndexRows } from '../../src/core/metrics/gram-index';
import type { ItemKind } from '../../src/core/metrics/select';
import type { GramIndexFile } from './gram-index-file';

/** Kinds whose index rows were tried for a frame (whether or not they could be used). */
const tried = new WeakMap<Frame, Set<ItemKind>>();

/**
 * Attaches the snapshot's n-gram index for the given kinds to the frame (frame.gramIndex) when it
 * matches the loaded items; otherwise leaves the frame as it is, and lexical turnover tokenises the
 * texts. Each kind is tried at most once per frame.
 */
export function withGramIndex(frame: Frame, file: GramIndexFile | null, kinds: readonly ItemKind[]): void {
  if (!file) return;
  const seen = tried.get(frame) ?? new Set<ItemKind>();
  tried.set(frame, seen);
  if (kinds.every((k) => seen.has(k))) return;
  // The kinds asked for now and those already attached: one index (one check, one table of gram
  // lengths) covers them all.
  const wanted = KIND_CODES.filter((k) => kinds.includes(k) || frame.gramIndex?.tables[k]);
  for (const k of kinds) seen.add(k);
  const index = gramIndexOf(frame, rowsFor(file, frame), file.info.maxN, wanted);
  if ('mismatch' in index) {
    console.warn(`n-gram index not used: ${index.mismatch}; tokenising the texts instead.`);
    return;
  }
  frame.gramIndex = index;
}

/** The decoded file as index rows, read in place: the check maps its days and submolts. */
function rowsFor(file: GramIndexFile, frame: Frame): GramIndexRows {
  const byName = new Map(frame.submolts.map((name, i) => [name, i]));
  return {
    kind: file.kind,
    day: file.day,
    submolt: file.submolt,
    n: file.n,
    gram: file.gram,
    count: file.count,
    length: file.rows,
    dayOffset: Math.round(frame.day0Ms / DAY_MS),
    submoltOf: Int32Array.from(file.submolts, (name) => byName.get(name) ?? -2),
  };
}
