import { queryLists } from '../../data/client';
import { dayFilter, edgeListSql, type EdgeMode } from '../../core/queries/network';
import type { DataFilter } from '../../core/queries/filters';
import { LayoutClient } from '../../graph/layout-client';
import type { LayoutResult, LayoutStep } from '../../core/layout-protocol';
import { formatDay } from '../../format/numbers';
import { ANCHOR_ITERATIONS, DAY_ITERATIONS, EDGES_PER_NODE, LAYOUT_SEED } from './layout-settings';

export interface GraphScope {
  generation: number;
  filter: DataFilter;
  /** One UTC day (epoch ms) or null for the filter's whole range. */
  day: number | null;
  /** Every day of the filter, in order (the warm-start chain runs through them); null until known. */
  days: readonly number[] | null;
  mode: EdgeMode;
  budget: number;
}

interface Drawn {
  result: LayoutResult;
  /** Every agent of the step's graph (not only those drawn), for search. */
  names: string[];
}

/** The steps whose layouts lead to a scope's picture: the anchor, then every day up to the one shown. */
export function chainSteps(day: number | null, days: readonly number[]): LayoutStep[] {
  if (day === null) return ['anchor'];
  return ['anchor', ...days.filter((d) => d < day), day];
}

/**
 * The network view's graph pipeline: edges aggregated by DuckDB (handed over as typed arrays),
 * PageRank and ForceAtlas2 in the layout worker. Layouts form a chain (workers/layout/layout-chain.ts):
 * whole range, then each day from the day before, so positions stay put while moving through days
 * and a link to a day reopens the same picture. Steps are cached, so playing or stepping back costs
 * one layout per new day; opening a late day from a link lays out the days before it first.
 */
export class NetworkModel {
  result = $state.raw<LayoutResult | null>(null);
  /** Every agent in the current graph (not only those drawn), for search. */
  allNames = $state.raw<string[]>([]);
  scope = $state.raw<GraphScope | null>(null);
  status = $state('');
  error = $state<string | null>(null);
  #client = new LayoutClient();
  #chain: { key: string; steps: Map<LayoutStep, Promise<Drawn>> } | null = null;
  #seq = 0;

  async show(scope: GraphScope): Promise<void> {
    const seq = ++this.#seq;
    this.error = null;
    if (scope.day !== null && !scope.days) {
      this.status = 'Listing the days…';
      return;
    }
    // The days are a function of the dataset and filter, so they need not be part of the key.
    const key = JSON.stringify([scope.generation, scope.filter, scope.mode, scope.budget]);
    if (this.#chain?.key !== key) this.#chain = { key, steps: new Map() };
    const chain = this.#chain;
    const steps = chainSteps(scope.day, scope.days ?? []);
    try {
      let out: Drawn | null = null;
      for (let i = 0; i < steps.length; i++) {
        let run = chain.steps.get(steps[i]);
        if (!run) {
          // A newer request owns the page: do not start layouts nobody will look at.
          if (seq !== this.#seq) return;
          this.status =
            steps[i] === 'anchor'
              ? 'Laying out the whole range…'
              : `Laying out ${formatDay(steps[i] as number)} (step ${i} of ${steps.length - 1}: each day starts from the day before)…`;
          run = this.#layout(key, steps[i], i ? steps[i - 1] : null, scope);
          chain.steps.set(steps[i], run);
          // A failed step is forgotten with the ones after it, so the chain is rebuilt on the next try.
          run.catch(() => {
            if (this.#chain === chain) this.#chain = null;
          });
        }
        out = await run;
      }
      if (seq !== this.#seq || !out) return;
      this.result = out.result;
      this.allNames = out.names;
      this.scope = scope;
      this.status = '';
    } catch (e) {
      if (seq !== this.#seq) return;
      this.error = e instanceof Error ? e.message : String((e as { message?: string }).message ?? e);
      this.status = '';
    }
  }

  async #layout(key: string, step: LayoutStep, from: LayoutStep | null, scope: GraphScope): Promise<Drawn> {
    const filter = dayFilter(scope.filter, step === 'anchor' ? null : step);
    const lists = await queryLists(edgeListSql(filter, scope.mode));
    const names = (lists.names as string[] | undefined) ?? [];
    const result = await this.#client.layout({
      chainKey: key,
      step,
      from,
      names,
      src: (lists.src as Int32Array | undefined) ?? new Int32Array(0),
      dst: (lists.dst as Int32Array | undefined) ?? new Int32Array(0),
      weight: (lists.weight as Float64Array | undefined) ?? new Float64Array(0),
      nodeBudget: scope.budget,
      edgeBudget: scope.budget * EDGES_PER_NODE,
      seed: LAYOUT_SEED,
      iterations: step === 'anchor' ? ANCHOR_ITERATIONS : DAY_ITERATIONS,
    });
    return { result, names };
  }

  /** True while a newer request is under way. */
  get busy(): boolean {
    return this.status !== '';
  }

  destroy(): void {
    this.#seq++;
    this.#client.terminate();
  }
}
