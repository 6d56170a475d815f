/**
 * Do lasting influencers emerge? Read from §6 influence persistence: how many of one day's top 10
 * agents by PageRank are still in the next day's top 10, on the median pair of consecutive days.
 */
import type { PersistenceResult } from '../metrics/influence-persistence.ts';
import { median } from '../metrics/stats.ts';
import type { FindingInfo } from './finding-info.ts';
import { amount, count, only } from './format.ts';
import { MIN_GRAPH_NODES_PER_DAY, MIN_PERSISTENCE_DAY_PAIRS } from './min-evidence.ts';
import { PUBLISHED } from './published.ts';
import { PERSISTENCE_K, PERSISTENT_KEPT } from './thresholds.ts';
import type { Verdict } from './verdict.ts';

const K = PERSISTENCE_K.value;

export const PERSISTENCE_FINDING: FindingInfo = {
  id: 'persistence',
  question: 'Do lasting influencers emerge?',
  diagnostic: 'influencePersistence',
  rule: `Detected when, on the median pair of consecutive days whose interaction graphs both hold at least ${MIN_GRAPH_NODES_PER_DAY.value} agents, at least ${PERSISTENT_KEPT.value} of the first day's top ${K} agents by PageRank are still in the next day's top ${K}; not detected when fewer are; not enough data with fewer than ${MIN_PERSISTENCE_DAY_PAIRS.value} such pairs.`,
  thresholds: [MIN_GRAPH_NODES_PER_DAY, MIN_PERSISTENCE_DAY_PAIRS, PERSISTENCE_K, PERSISTENT_KEPT],
  published: PUBLISHED.persistence,
};

/** Agents two top-k sets share, from their Jaccard J = s / (2k − s). */
export function sharedFromJaccard(j: number, k: number): number {
  return Math.round((2 * k * j) / (1 + j));
}

/** Agents kept in the top k, per eligible pair of consecutive buckets. */
export function keptPerPair(r: PersistenceResult, k = K): number[] | null {
  const o = r.overlap.find((x) => x.k === k);
  if (!o) return null;
  const kept: number[] = [];
  for (let t = 1; t < r.buckets.length; t++) {
    const j = o.consecutive[t];
    const ok = r.nodes[t - 1] >= MIN_GRAPH_NODES_PER_DAY.value && r.nodes[t] >= MIN_GRAPH_NODES_PER_DAY.value;
    if (ok && j !== null && j !== undefined) kept.push(sharedFromJaccard(j, k));
  }
  return kept;
}

/** The persistence verdict from an influencePersistence result. */
export function persistenceVerdict(r: PersistenceResult): Verdict {
  const base = {
    finding: PERSISTENCE_FINDING.id,
    question: PERSISTENCE_FINDING.question,
    rule: PERSISTENCE_FINDING.rule,
  };
  const unit = r.params.unit;
  const kept = keptPerPair(r);
  if (!kept) {
    return {
      ...base,
      verdict: 'not enough data',
      sentence: `The top-${K} overlap was not computed (top-k sizes ${r.params.ks.join(', ')}), so whether influence lasts cannot be said.`,
      value: null,
      interval: null,
      evidence: { dayPairs: 0 },
    };
  }
  const pairs = kept.length;
  const evidence = { dayPairs: pairs, days: r.buckets.length };
  if (pairs < MIN_PERSISTENCE_DAY_PAIRS.value) {
    return {
      ...base,
      verdict: 'not enough data',
      sentence: `${only(pairs)} ${pairs === 1 ? 'pair' : 'pairs'} of consecutive ${unit}s have interaction graphs of at least ${MIN_GRAPH_NODES_PER_DAY.value} agents on both ${unit}s; at least ${MIN_PERSISTENCE_DAY_PAIRS.value} are needed to say whether influence lasts.`,
      value: null,
      interval: null,
      evidence,
    };
  }
  const m = median(kept);
  const detected = m >= PERSISTENT_KEPT.value;
  const always = kept.filter((s) => s > 0).length;
  const numbers = `on the median ${unit}, ${amount(m)} of the previous ${unit}'s top ${K} agents by PageRank ${m === 1 ? 'is' : 'are'} still in the top ${K}, and ${count(always)} of ${count(pairs)} pairs of consecutive ${unit}s share any top-${K} agent`;
  return {
    ...base,
    verdict: detected ? 'detected' : 'not detected',
    sentence: detected ? `Influence lasts: ${numbers}.` : `Influence does not last: ${numbers}.`,
    value: m / K,
    interval: null,
    evidence,
  };
}
