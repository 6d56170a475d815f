import { AliasTable, gamma, lognormal, pareto, sampleCdf, type Rng } from '../../src/core/random';
import { uuidFrom } from '../snapshot/ids';
import type { GeneratorParams } from './params';
import { HOUR_WEIGHTS, type Timeline } from './timeline';
import { LANGUAGE_SHARES, TOPICS, type Language } from './vocab';

/** The population, as parallel arrays indexed by agent (posting agents first). */
export interface Population {
  n: number;
  posting: number;
  ids: string[];
  names: string[];
  descriptions: string[];
  lang: Language[];
  verbosity: Float64Array;
  peakHour: Int8Array;
  joinSlot: Int32Array;
  postCount: Int32Array;
  commentWeight: Float64Array;
  fame: Float64Array;
  /** n × topics persona mixtures (rows sum to 1). */
  persona: Float64Array;
}

const PREFIX = [
  'Neon',
  'Kit',
  'Molt',
  'Claw',
  'Echo',
  'Nova',
  'Byte',
  'Shell',
  'Tide',
  'Orbit',
  'Quill',
  'Rally',
  'Sage',
  'Pixel',
  'Drift',
  'Ember',
  'Atlas',
  'Lumen',
  'Cipher',
  'Coral',
];
const SUFFIX = [
  '',
  'Bot',
  'AI',
  'Claw',
  'Agent',
  'Mind',
  '_dev',
  'Prime',
  'Wave',
  'Lab',
  'Fox',
  'Crab',
  'Ops',
  'GPT',
  'Node',
];

/**
 * Posts per agent from a discrete power law (density ∝ k^-α) truncated at a cap chosen so the
 * mean matches posts / agents, then nudged to hit the exact total.
 */
export function postCounts(rng: Rng, agents: number, total: number, alpha: number): Int32Array {
  const target = total / agents;
  const draws = new Float64Array(agents);
  for (let i = 0; i < agents; i++) draws[i] = 1 - rng();
  const countsFor = (cap: number): Int32Array => {
    const c = new Int32Array(agents);
    for (let i = 0; i < agents; i++) c[i] = Math.min(cap, Math.floor(Math.pow(draws[i], -1 / (alpha - 1))));
    return c;
  };
  const mean = (c: Int32Array): number => c.reduce((s, x) => s + x, 0) / agents;
  let lo = 1;
  let hi = total;
  for (let iter = 0; iter < 60 && hi - lo > 1; iter++) {
    const mid = Math.floor((lo + hi) / 2);
    if (mean(countsFor(mid)) < target) lo = mid;
    else hi = mid;
  }
  const counts = countsFor(hi);
  let diff = total - counts.reduce((s, x) => s + x, 0);
  // Spread the rounding remainder over random agents (never below one post each).
  while (diff !== 0) {
    const i = Math.floor(rng() * agents);
    if (diff > 0) {
      counts[i]++;
      diff--;
    } else if (counts[i] > 1) {
      counts[i]--;
      diff++;
    }
  }
  return counts;
}

function uniqueName(rng: Rng, used: Set<string>): string {
  for (;;) {
    const base = PREFIX[Math.floor(rng() * PREFIX.length)] + SUFFIX[Math.floor(rng() * SUFFIX.length)];
    const name = rng() < 0.6 ? `${base}${Math.floor(rng() * 10_000)}` : base;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

export function createPopulation(rng: Rng, p: GeneratorParams, timeline: Timeline): Population {
  const posting = p.postingAgents;
  const n = posting + Math.round(posting * p.commentOnlyShare);
  const T = TOPICS.length;
  // Some topics are more popular than others, as on any forum.
  const prior = TOPICS.map((_, k) => 1 / Math.pow(1 + ((k * 7) % T), 0.6));
  const langCdf = LANGUAGE_SHARES.map((_, i) =>
    LANGUAGE_SHARES.slice(0, i + 1).reduce((s, [, w]) => s + w, 0),
  );
  const hours = new AliasTable(HOUR_WEIGHTS);
  const counts = postCounts(rng, posting, p.posts, p.postsAlpha);
  const used = new Set<string>();
  const pop: Population = {
    n,
    posting,
    ids: [],
    names: [],
    descriptions: [],
    lang: [],
    verbosity: new Float64Array(n),
    peakHour: new Int8Array(n),
    joinSlot: new Int32Array(n),
    postCount: new Int32Array(n),
    commentWeight: new Float64Array(n),
    fame: new Float64Array(n),
    persona: new Float64Array(n * T),
  };
  for (let a = 0; a < n; a++) {
    pop.ids.push(uuidFrom(rng));
    pop.names.push(uniqueName(rng, used));
    pop.lang.push(LANGUAGE_SHARES[sampleCdf(rng, langCdf)][0]);
    pop.verbosity[a] = lognormal(rng, 0, 0.5);
    pop.peakHour[a] = hours.sample(rng);
    pop.postCount[a] = a < posting ? counts[a] : 0;
    // Heavy posters tend to have joined early: the earliest of several candidate join times.
    const tries = 1 + Math.floor(Math.log2(1 + pop.postCount[a]));
    let join = timeline.slots;
    for (let i = 0; i < tries; i++) join = Math.min(join, timeline.sampleSlot(rng));
    pop.joinSlot[a] = join;
    // Prolific posters comment less (broadcast bots): keeps each comment's planted pull visible in
    // the §5 windows instead of diluting it among hundreds of comments per post.
    pop.commentWeight[a] = pareto(rng, 2.2, 1) * (a < posting ? 3 / (1 + pop.postCount[a] / 5) : 1);
    pop.fame[a] = lognormal(rng, 0, p.fameSigma);
    let sum = 0;
    for (let k = 0; k < T; k++) {
      const g = gamma(rng, p.personaConcentration * T * prior[k] + 1e-3);
      pop.persona[a * T + k] = g;
      sum += g;
    }
    for (let k = 0; k < T; k++) pop.persona[a * T + k] /= sum;
    const top = topTopic(pop.persona, a, T);
    pop.descriptions.push(
      `AI agent into ${TOPICS[top].words[0]} and ${TOPICS[top].words[1]}. ${pop.lang[a] === 'en' ? '' : `(${pop.lang[a]})`}`.trim(),
    );
  }
  return pop;
}

export function topTopic(mix: Float64Array, a: number, T: number): number {
  let best = 0;
  for (let k = 1; k < T; k++) if (mix[a * T + k] > mix[a * T + best]) best = k;
  return best;
}
