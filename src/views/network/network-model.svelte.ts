import { queryFresh } from '../../data/client';
import { dayFilter, edgeListSql, type EdgeMode } from '../../core/queries/network';
import type { DataFilter } from '../../core/queries/filters';
import type { QueryResult } from '../../core/worker-api';
import { LayoutClient } from '../../graph/layout-client';
import type { LayoutResult } from '../../graph/layout-protocol';
import { ANCHOR_ITERATIONS, DAY_ITERATIONS, EDGES_PER_NODE, LAYOUT_SEED } from './layout-settings';

export interface GraphScope {
  generation: number;
  filter: DataFilter;
  /** One UTC day (epoch ms) or null for the filter's whole range. */
  day: number | null;
  mode: EdgeMode;
  budget: number;
}

interface EdgeArrays {
  names: string[];
  src: Int32Array;
  dst: Int32Array;
  weight: Float64Array;
}

function toArrays(r: QueryResult): EdgeArrays {
  const row = r.rows[0] ?? [[], [], [], []];
  return {
    names: (row[0] as string[] | null) ?? [],
    src: Int32Array.from((row[1] as number[] | null) ?? []),
    dst: Int32Array.from((row[2] as number[] | null) ?? []),
    weight: Float64Array.from((row[3] as number[] | null) ?? []),
  };
}

/**
 * The network view's graph pipeline: edges aggregated by DuckDB, PageRank and layout in the layout
 * worker. The whole range is laid out once (the anchor); each day starts from those positions, so
 * the picture stays put while moving through days and a link to a day reopens the same picture
 * whatever day was shown before.
 */
export class NetworkModel {
  result = $state.raw<LayoutResult | null>(null);
  /** Every agent in the current graph (not only those drawn), for search. */
  allNames = $state.raw<string[]>([]);
  scope = $state.raw<GraphScope | null>(null);
  status = $state('');
  error = $state<string | null>(null);
  /** Page-side milliseconds from request to result (query + layout + transfer). */
  millis = $state(0);
  #client = new LayoutClient();
  #anchor: { key: string; run: Promise<{ result: LayoutResult; names: string[] }> } | null = null;
  #seq = 0;

  async show(scope: GraphScope): Promise<void> {
    const seq = ++this.#seq;
    const started = performance.now();
    this.error = null;
    const key = JSON.stringify([scope.generation, scope.filter, scope.mode, scope.budget]);
    try {
      if (this.#anchor?.key !== key) {
        this.status = 'Laying out the whole range…';
        this.#anchor = { key, run: this.#layout('anchor', key, scope.filter, scope) };
        this.#anchor.run.catch(() => (this.#anchor = null));
      }
      const anchor = await this.#anchor.run;
      if (seq !== this.#seq) return;
      let out = anchor;
      if (scope.day !== null) {
        this.status = 'Laying out the day…';
        out = await this.#layout('view', key, dayFilter(scope.filter, scope.day), scope);
        if (seq !== this.#seq) return;
      }
      this.result = out.result;
      this.allNames = out.names;
      this.scope = scope;
      this.status = '';
      this.millis = performance.now() - started;
    } catch (e) {
      if (seq !== this.#seq) return;
      this.error = e instanceof Error ? e.message : String((e as { message?: string }).message ?? e);
      this.status = '';
    }
  }

  async #layout(kind: 'anchor' | 'view', key: string, filter: DataFilter, scope: GraphScope) {
    const edges = toArrays(await queryFresh(edgeListSql(filter, scope.mode), 1));
    const names = edges.names;
    const result = await this.#client.layout({
      kind,
      anchorKey: key,
      ...edges,
      nodeBudget: scope.budget,
      edgeBudget: scope.budget * EDGES_PER_NODE,
      seed: LAYOUT_SEED,
      iterations: kind === 'anchor' ? ANCHOR_ITERATIONS : DAY_ITERATIONS,
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
