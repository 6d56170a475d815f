import { frameInfo } from '../../data/client';
import { DiagnosticResource } from '../../state/diagnostic.svelte';
import { QueryResource, objects } from '../../state/query.svelte';
import type { AppState } from '../../state/app.svelte';
import { agentCountsSql } from '../../core/queries/agents';

/** One row of the agent table; null where the agent is not eligible for a diagnostic. */
export interface AgentRow {
  name: string;
  posts: number;
  comments: number;
  days: number;
  drift: number | null;
  consistency: number | null;
  pull: number | null;
  netProgress: number | null;
  /** Mean semantic interaction influence over the agent's qualifying comments. */
  influence: number | null;
  /** Qualifying comment events behind `influence`. */
  influenceEvents: number;
}

/**
 * Everything the agents view knows per agent: SQL counts joined with the per-agent outputs of
 * agentDrift, feedbackAdaptation and interactionInfluence (which return agent indices; frameInfo
 * names them). Create
 * during component initialisation.
 */
export class AgentPopulation {
  counts: QueryResource<{ agent: string; posts: number; comments: number; days: number }[]>;
  drift: DiagnosticResource<'agentDrift'>;
  feedback: DiagnosticResource<'feedbackAdaptation'>;
  influence: DiagnosticResource<'interactionInfluence'>;
  names = $state.raw<string[]>([]);

  constructor(app: AppState) {
    const s = app.url.state;
    this.counts = new QueryResource(
      () => agentCountsSql(app.filter),
      (r) => objects(r),
    );
    this.drift = new DiagnosticResource('agentDrift', () => ({
      params: { minPosts: s.ag_min, permutations: s.ag_b, seed: 1 },
      filter: app.filter,
    }));
    this.feedback = new DiagnosticResource('feedbackAdaptation', () => ({
      params: {
        w: s.ag_w,
        stride: s.ag_w,
        share: 0.3,
        minPosts: 2 * s.ag_w,
        bootstrap: 1000,
        level: 0.99,
        seed: 1,
      },
      filter: app.filter,
    }));
    this.influence = new DiagnosticResource('interactionInfluence', () => ({
      params: {
        w: s.ag_w,
        minWindow: 3,
        ngram: 1,
        lexicalMax: 50_000,
        bootstrap: 1000,
        level: 0.99,
        seed: 1,
      },
      filter: app.filter,
    }));
    void frameInfo().then((f) => (this.names = f.agents));
  }

  rows = $derived.by((): AgentRow[] => {
    const counts = this.counts.data;
    if (!counts) return [];
    const byName = new Map<string, AgentRow>();
    for (const c of counts)
      byName.set(c.agent, {
        name: c.agent,
        posts: c.posts,
        comments: c.comments,
        days: c.days,
        drift: null,
        consistency: null,
        pull: null,
        netProgress: null,
        influence: null,
        influenceEvents: 0,
      });
    const names = this.names;
    const d = this.drift.data;
    if (d && names.length)
      d.agents.forEach((a, i) => {
        const row = byName.get(names[a]);
        if (!row) return;
        row.drift = d.drift[i];
        row.consistency = d.consistency[i];
        row.pull = d.pull[i];
      });
    const f = this.feedback.data;
    if (f && names.length)
      f.agents.forEach((a, i) => {
        const row = byName.get(names[a]);
        if (row) row.netProgress = f.netProgress[i];
      });
    const inf = this.influence.data?.perAgent;
    if (inf && names.length)
      inf.agents.forEach((a, i) => {
        const row = byName.get(names[a]);
        if (!row) return;
        row.influence = inf.influence[i];
        row.influenceEvents = inf.events[i];
      });
    return [...byName.values()];
  });
}
