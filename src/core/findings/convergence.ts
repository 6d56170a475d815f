/**
 * Does the society's content converge? Read from §1 semantic stabilization: whether the day-to-day
 * similarity of the average post has reached what interchangeable days give (the permuted-labels
 * null band), with the within-day similarity of single posts beside it ("macro convergence, micro
 * diversity").
 */
import type { StabilizationResult } from '../metrics/stabilization.ts';
import { median } from '../metrics/stats.ts';
import type { FindingInfo } from './finding-info.ts';
import { count, fixed, only, plural } from './format.ts';
import { MIN_CONVERGENCE_POINTS, MIN_ITEMS_PER_DAY } from './min-evidence.ts';
import { PUBLISHED } from './published.ts';
import { CONVERGED_SHARE } from './thresholds.ts';
import type { Verdict } from './verdict.ts';

export const CONVERGENCE_FINDING: FindingInfo = {
  id: 'convergence',
  question: "Does the society's content converge?",
  diagnostic: 'stabilization',
  rule: `Reads the similarity of the average post of each day to that of the day before, over pairs of consecutive days that both hold at least ${MIN_ITEMS_PER_DAY.value} items: converges when more than ${fixed(100 * CONVERGED_SHARE.value, 0)}% of the later half of those points are inside or above the 5–95% band obtained by permuting the items' days (the centre moves no more than if days were interchangeable), does not converge otherwise; not enough data with fewer than ${MIN_CONVERGENCE_POINTS.value} such points or without the null band.`,
  thresholds: [MIN_ITEMS_PER_DAY, MIN_CONVERGENCE_POINTS, CONVERGED_SHARE],
  published: PUBLISHED.convergence,
};

/** Indices t of the consecutive-bucket points (t−1, t) with both buckets at the item minimum. */
export function eligiblePoints(r: StabilizationResult): number[] {
  const out: number[] = [];
  for (let t = 1; t < r.counts.length; t++) {
    const ok = r.counts[t - 1] >= MIN_ITEMS_PER_DAY.value && r.counts[t] >= MIN_ITEMS_PER_DAY.value;
    if (ok && r.consecutiveCentroid[t] !== null) out.push(t);
  }
  return out;
}

/** The convergence verdict from a stabilization result. */
export function convergenceVerdict(r: StabilizationResult): Verdict {
  const base = {
    finding: CONVERGENCE_FINDING.id,
    question: CONVERGENCE_FINDING.question,
    rule: CONVERGENCE_FINDING.rule,
  };
  const { kind, unit } = r.params;
  const points = eligiblePoints(r);
  const usedBuckets = new Set(points.flatMap((t) => [t - 1, t]));
  const items = [...usedBuckets].reduce((s, b) => s + r.counts[b], 0);
  const evidence = { days: points.length, items };
  const band = r.null?.consecutiveCentroid;
  if (points.length < MIN_CONVERGENCE_POINTS.value || !band) {
    const total = r.counts.reduce((s, n) => s + n, 0);
    return {
      ...base,
      verdict: 'not enough data',
      sentence: !band
        ? `The permuted-${unit}s null band was not computed, so whether the centre of the ${kind} still moves cannot be told from sampling noise.`
        : `${only(points.length)} ${points.length === 1 ? 'pair' : 'pairs'} of consecutive ${unit}s of the ${plural(r.counts.length, unit)} ${points.length === 1 ? 'has' : 'have'} at least ${MIN_ITEMS_PER_DAY.value} ${kind} on both ${unit}s (${count(total)} ${kind} in all); at least ${MIN_CONVERGENCE_POINTS.value} are needed to say whether content converges.`,
      value: null,
      interval: null,
      evidence: { ...evidence, items: total },
    };
  }
  const later = points.slice(Math.floor(points.length / 2));
  const inside = later.filter((t) => {
    const lo = band.p05[t];
    return lo !== null && (r.consecutiveCentroid[t] as number) >= lo;
  }).length;
  const converges = inside / later.length > CONVERGED_SHARE.value;
  const sim = median(later.map((t) => r.consecutiveCentroid[t] as number));
  const within = later.map((t) => r.withinPairwise[t]).filter((x): x is number => x !== null);
  const lows = later.map((t) => band.p05[t]).filter((x): x is number => x !== null);
  const highs = later.map((t) => band.p95[t]).filter((x): x is number => x !== null);
  const lo = median(lows);
  const hi = median(highs);
  const pair = within.length
    ? `, while two ${kind} of the same ${unit} have a median similarity of ${fixed(median(within), 3)}`
    : '';
  const numbers = `on ${inside} of the last ${plural(later.length, 'comparison')} of consecutive ${unit}s the similarity of the average ${kind.slice(0, -1)} (median ${fixed(sim, 3)}) is inside or above what permuted ${unit}s give (median band ${fixed(lo, 3)} to ${fixed(hi, 3)})${pair}`;
  return {
    ...base,
    verdict: converges ? 'converges' : 'does not converge',
    sentence: converges
      ? `The centre of the ${kind} has settled: ${numbers}.`
      : `The centre of the ${kind} is still moving more than chance: ${numbers}.`,
    value: sim,
    interval:
      Number.isFinite(lo) && Number.isFinite(hi)
        ? {
            lo,
            hi,
            level: 0.9,
            of: `consecutive-${unit} centroid similarity with permuted ${unit}s (median of the later points)`,
          }
        : null,
    evidence,
  };
}
