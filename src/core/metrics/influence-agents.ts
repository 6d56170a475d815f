/**
 * §5 interaction influence per commenting agent: the mean of the semantic influence I over the
 * agent's comment events, beside the mean of the same-day null over the same events. Means (not
 * medians) because most agents have few events and a mean of two values is the usual reading; the
 * null is aggregated the same way so the two distributions over agents are comparable.
 */
import type { Frame } from '../frame.ts';
import type { InfluenceEvents } from './influence-events.ts';

export interface AgentInfluence {
  /** Agent indices with at least one qualifying comment event, ascending. */
  agents: number[];
  /** Qualifying comment events per agent. */
  events: number[];
  /** Mean semantic influence I over the agent's events. */
  influence: number[];
  /** Mean null influence over the agent's events that have a null post (null when none has). */
  nullInfluence: (number | null)[];
}

/** Groups the events of {@link InfluenceEvents} by the commenting agent. */
export function influenceByAgent(frame: Frame, ev: InfluenceEvents): AgentInfluence {
  const agents = frame.agents.length;
  const count = new Int32Array(agents);
  const sum = new Float64Array(agents);
  const nullCount = new Int32Array(agents);
  const nullSum = new Float64Array(agents);
  for (let k = 0; k < ev.comment.length; k++) {
    const a = frame.comments.author[ev.comment[k]];
    if (!Number.isFinite(ev.semantic[k])) continue;
    count[a]++;
    sum[a] += ev.semantic[k];
    if (Number.isFinite(ev.semanticNull[k])) {
      nullCount[a]++;
      nullSum[a] += ev.semanticNull[k];
    }
  }
  const out: AgentInfluence = { agents: [], events: [], influence: [], nullInfluence: [] };
  for (let a = 0; a < agents; a++) {
    if (!count[a]) continue;
    out.agents.push(a);
    out.events.push(count[a]);
    out.influence.push(sum[a] / count[a]);
    out.nullInfluence.push(nullCount[a] ? nullSum[a] / nullCount[a] : null);
  }
  return out;
}
