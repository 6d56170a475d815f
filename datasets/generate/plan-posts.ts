import type { Rng } from '../../src/core/random';
import type { Population } from './agents';
import { slotHour, type Timeline } from './timeline';

export interface PostPlan {
  author: Int32Array;
  time: Float64Array;
}

/** How strongly an agent prefers its own peak hour: weight at the peak vs far from it. */
const AFFINITY_FLOOR = 0.25;
const AFFINITY_WIDTH_H = 3;

function affinity(hour: number, peak: number): number {
  const d = Math.min(Math.abs(hour - peak), 24 - Math.abs(hour - peak));
  return (
    AFFINITY_FLOOR + (1 - AFFINITY_FLOOR) * Math.exp(-(d * d) / (2 * AFFINITY_WIDTH_H * AFFINITY_WIDTH_H))
  );
}

/**
 * When every post happens, decided up front and sorted by time, so the simulation can then walk
 * through the society in order. Each agent posts after it joined, mostly near its own busy hour
 * (rejection sampling against the global day × hour activity profile).
 */
export function planPosts(rng: Rng, pop: Population, timeline: Timeline): PostPlan {
  let total = 0;
  for (let a = 0; a < pop.posting; a++) total += pop.postCount[a];
  const authors = new Int32Array(total);
  const times = new Float64Array(total);
  let i = 0;
  for (let a = 0; a < pop.posting; a++) {
    for (let j = 0; j < pop.postCount[a]; j++) {
      let slot = timeline.sampleSlot(rng, pop.joinSlot[a]);
      for (let tries = 0; tries < 8 && rng() > affinity(slotHour(slot), pop.peakHour[a]); tries++) {
        slot = timeline.sampleSlot(rng, pop.joinSlot[a]);
      }
      authors[i] = a;
      times[i] = timeline.timeIn(rng, slot);
      i++;
    }
  }
  const order = new Uint32Array(total);
  for (let k = 0; k < total; k++) order[k] = k;
  order.sort((x, y) => times[x] - times[y] || x - y);
  const plan: PostPlan = { author: new Int32Array(total), time: new Float64Array(total) };
  for (let k = 0; k < total; k++) {
    plan.author[k] = authors[order[k]];
    plan.time[k] = times[order[k]];
  }
  return plan;
}
