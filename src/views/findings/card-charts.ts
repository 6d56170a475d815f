/**
 * The small chart of each finding card, as plain data for an existing chart function: the curve
 * the rule reads (with the null band), the distribution with its interval and 0 marked, or the
 * observed value beside the published one. Nothing here queries; it reshapes a diagnostic result.
 */
import type { BarDatum } from '../../charts/bars';
import type { HistogramData, HistogramMarker } from '../../charts/histogram';
import type { LineBandsData } from '../../charts/line-bands';
import type { DiagnosticId, DiagnosticResult } from '../../core/diagnostics';
import { PUBLISHED, type FindingId, type Verdict } from '../../core/findings/index';
import { MIN_GRAPH_NODES_PER_DAY, MIN_ITEMS_PER_DAY } from '../../core/findings/min-evidence';
import { thinPairs } from '../../core/findings/thin-points';

export type CardChart =
  | { kind: 'line'; data: LineBandsData; label: string; yDomain?: readonly [number, number] }
  | { kind: 'histogram'; data: HistogramData; label: string; markers: HistogramMarker[]; xLabel: string }
  | { kind: 'bars'; data: BarDatum[]; label: string; percent: boolean };

type Results = { [K in DiagnosticId]?: DiagnosticResult<K> | null };

const OBSERVED = 'this dataset';
// Second figures of the published texts (PUBLISHED holds one number per finding).
const PUBLISHED_POST_GINI = 0.601;
const REDDIT_REPLY_INCIDENCE = 0.362;
const small = (ok: boolean, v: number | null) => (ok ? null : v);
const big = (ok: boolean, v: number | null) => (ok ? v : null);

/**
 * Reference lines of a histogram card: 0 where the rule tests against 0, the verdict's value, and
 * the one interval end the rule compares with (when given). Few lines: their labels must not collide.
 */
function markers(v: Verdict, zero: boolean, valueLabel: string, end?: HistogramMarker): HistogramMarker[] {
  const out: HistogramMarker[] = zero ? [{ x: 0, label: '0' }] : [];
  if (end) out.push(end);
  if (v.value !== null) out.push({ x: v.value, label: valueLabel, color: 'var(--highlight)' });
  return out;
}

function publishedBar(id: FindingId): BarDatum[] {
  const p = PUBLISHED[id];
  return p.value === null ? [] : [{ key: 'published', label: 'published', value: p.value, detail: p.source }];
}

/** The chart of finding `id`, or null when its result has nothing to draw. */
export function cardChart(id: FindingId, v: Verdict, results: Results): CardChart | null {
  switch (id) {
    case 'convergence': {
      const r = results.stabilization;
      if (!r) return null;
      const ok = thinPairs(r.counts, MIN_ITEMS_PER_DAY.value).map((thin, t) => t > 0 && !thin);
      const { unit, kind } = r.params;
      return {
        kind: 'line',
        label: `Similarity of the average ${kind.slice(0, -1)} to the ${unit} before`,
        data: {
          x: r.startMs,
          series: [
            {
              key: 'centroid',
              label: `consecutive-${unit} similarity`,
              values: r.consecutiveCentroid.map((x, t) => big(ok[t], x)),
              lo: r.null?.consecutiveCentroid.p05,
              hi: r.null?.consecutiveCentroid.p95,
            },
            {
              key: 'small',
              label: `${unit}s under ${MIN_ITEMS_PER_DAY.value} ${kind}`,
              values: r.consecutiveCentroid.map((x, t) => small(ok[t], x)),
              dashed: true,
              color: 'var(--muted)',
            },
          ],
        },
      };
    }
    case 'drift': {
      const r = results.agentDrift;
      if (!r) return null;
      return {
        kind: 'histogram',
        label: 'Drift per agent (first half of its posts to the second)',
        data: { values: r.drift },
        markers: markers(
          v,
          false,
          'median',
          v.interval ? { x: v.interval.hi, label: 'shuffled 95%', color: 'var(--muted)' } : undefined,
        ),
        xLabel: 'drift (1 − similarity of early and late posts)',
      };
    }
    case 'feedback': {
      const r = results.feedbackAdaptation;
      if (!r) return null;
      return {
        kind: 'histogram',
        label: 'Net progress toward rewarded posts, per agent',
        data: { values: r.netProgress },
        markers: markers(v, true, 'median'),
        xLabel: 'net progress',
      };
    }
    case 'influence': {
      const r = results.interactionInfluence;
      if (!r) return null;
      const a = r.perAgent;
      const values = a
        ? a.influence.flatMap((x, i) => {
            const n = a.nullInfluence[i];
            return n === null ? [] : [x - n];
          })
        : [];
      return {
        kind: 'histogram',
        label: 'Influence minus the same-day null, per agent',
        data: { values },
        markers: markers(v, true, 'median of comments'),
        xLabel: 'observed − null (mean per agent)',
      };
    }
    case 'persistence': {
      const r = results.influencePersistence;
      if (!r) return null;
      const k10 = r.overlap.find((o) => o.k === 10) ?? r.overlap[0];
      const ok = r.nodes.map((n) => n >= MIN_GRAPH_NODES_PER_DAY.value);
      return {
        kind: 'line',
        label: `Top-${k10?.k ?? 10} overlap with the day before`,
        yDomain: [0, 1],
        data: {
          x: r.startMs,
          series: [
            {
              key: 'overlap',
              label: `top-${k10?.k ?? 10} kept (Jaccard)`,
              values: (k10?.consecutive ?? []).map((x, t) => big(ok[t] && ok[t - 1], x)),
            },
            {
              key: 'small',
              label: `graphs under ${MIN_GRAPH_NODES_PER_DAY.value} agents`,
              values: (k10?.consecutive ?? []).map((x, t) => small(ok[t] && ok[t - 1], x)),
              dashed: true,
              color: 'var(--muted)',
            },
          ],
        },
      };
    }
    case 'reciprocity': {
      const r = results.reciprocity;
      if (!r) return null;
      return {
        kind: 'bars',
        percent: true,
        label: 'Share of commenter → author pairs answered in kind',
        data: [
          { key: 'observed', label: OBSERVED, value: r.reciprocity ?? NaN, detail: `${r.pairs} pairs` },
          ...publishedBar(id),
        ],
      };
    }
    case 'inequality': {
      const r = results.inequality;
      if (!r) return null;
      return {
        kind: 'bars',
        percent: false,
        label: 'Gini coefficient per agent',
        data: [
          { key: 'up', label: 'upvotes, this dataset', value: r.upvoteGini ?? NaN },
          { key: 'up-pub', label: 'upvotes, published', value: PUBLISHED.inequality.value ?? NaN },
          { key: 'posts', label: 'posts, this dataset', value: r.postGini ?? NaN },
          { key: 'posts-pub', label: 'posts, published', value: PUBLISHED_POST_GINI },
        ],
      };
    }
    case 'threadDepth': {
      const r = results.threadStats;
      if (!r) return null;
      return {
        kind: 'bars',
        percent: false,
        label: 'Threads by their deepest comment',
        data: r.maxDepthHistogram.map((n, d) => ({ key: `d${d}`, label: `depth ${d}`, value: n })),
      };
    }
    case 'replyIncidence': {
      const r = results.threadStats;
      if (!r) return null;
      return {
        kind: 'bars',
        percent: true,
        label: 'Share of comments that get a direct reply',
        data: [
          { key: 'observed', label: OBSERVED, value: r.replyIncidence ?? NaN },
          ...publishedBar(id),
          { key: 'reddit', label: 'Reddit (published)', value: REDDIT_REPLY_INCIDENCE },
        ],
      };
    }
  }
}
