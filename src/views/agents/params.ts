import { enumParam, intParam, textParam } from '../../state/url-codec';
import { registerParams } from '../../state/param-registry';

export const AGENT_SORT_KEYS = [
  'name',
  'posts',
  'comments',
  'days',
  'drift',
  'consistency',
  'pull',
  'netProgress',
  'influence',
] as const;
export type AgentSortKey = (typeof AGENT_SORT_KEYS)[number];

/** Permalink parameters of the agents view (owned by this view; prefix ag_). */
export interface AgentsParams {
  /** The agent whose page is open (name, or id when the data has no names). */
  ag_agent: string;
  /** Table search text (substring of the agent name, case-insensitive). */
  ag_q: string;
  ag_sort: AgentSortKey;
  ag_dir: 'desc' | 'asc';
  /** Table page, 0-based. */
  ag_page: number;
  /** Agents need at least this many posts for drift (metrics.md §3). */
  ag_min: number;
  /** Shuffles B of each agent's post order for the drift null. */
  ag_b: number;
  /** Window w of feedback adaptation and interaction influence. */
  ag_w: number;
  /** Trajectory time unit. */
  ag_unit: 'day' | 'week';
}

export const AGENTS_PARAMS = registerParams<AgentsParams>('the agents view', {
  ag_agent: textParam(200),
  ag_q: textParam(100),
  ag_sort: enumParam(AGENT_SORT_KEYS, 'posts'),
  ag_dir: enumParam(['desc', 'asc'] as const, 'desc'),
  ag_page: intParam(0, 100_000, 0),
  ag_min: intParam(2, 1000, 10),
  ag_b: intParam(0, 200, 20),
  ag_w: intParam(2, 100, 10),
  ag_unit: enumParam(['day', 'week'] as const, 'day'),
});

// Tells the state layer's AppParams about this view's fields without it importing this file.
declare module '../../state/permalink' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds fields by merging
  interface AppParams extends AgentsParams {}
}
