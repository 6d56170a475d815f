/** Times the diagnostics on a paper-scale random frame (not a test; prints milliseconds). */
import * as M from '../../../src/core/metrics/index.ts';
import { largeFrame } from './large-frame.ts';

const t0 = performance.now();
const frame = largeFrame();
console.log(`frame built in ${Math.round(performance.now() - t0)} ms`);
const time = (name: string, f: () => unknown) => {
  const t = performance.now();
  f();
  console.log(`${name.padEnd(44)} ${Math.round(performance.now() - t)} ms`);
};
time('stabilization posts (first: builds sums, B=20)', () => M.stabilization(frame, { kind: 'posts' }));
time('stabilization posts (cached sums, no null)', () =>
  M.stabilization(frame, { kind: 'posts', permutations: 0 }),
);
time('stabilization posts, 1 submolt (cached)', () =>
  M.stabilization(frame, { kind: 'posts', permutations: 0 }, { submolts: [3] }),
);
time('stabilization comments (B=20)', () => M.stabilization(frame, { kind: 'comments' }));
time('kNN density posts (sample 1000/day, no null)', () =>
  M.knnDensity(frame, { sampleMax: 1000, permutations: 0 }),
);
// time('kNN density posts (sample 5000/day, no null)', () => M.knnDensity(frame, { permutations: 0 }));
time('drift (B=20)', () => M.agentDrift(frame));
time('drift (no null)', () => M.agentDrift(frame, { permutations: 0 }));
time('feedback', () => M.feedbackAdaptation(frame));
time('influence (semantic)', () => M.interactionInfluence(frame));
time('persistence: daily PageRank', () => M.influencePersistence(frame));
time('reciprocity', () => M.reciprocity(frame));
time('inequality', () => M.inequality(frame));
time('hits', () => M.hits(frame));
time('threads', () => M.threadStats(frame));
time('activity tail', () => M.activityTail(frame));
time('summary', () => M.datasetSummary(frame));
// time('communities (Louvain)', () => M.communities(frame));
