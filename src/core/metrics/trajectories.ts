/**
 * §3 Trajectories: an agent's per-bucket post centroids in the fixed PCA plane, over the cloud of
 * all (filtered) posts.
 */
import type { Frame, FrameFilter } from '../frame.ts';
import { pcaProjection, project } from './pca.ts';
import { mulberry32, sampleIndices } from './rng.ts';
import { bucketStartMs, bucketsOf, hasVector, selectRows, type TimeUnit } from './select.ts';
import { addRow, normalizeInPlace } from './vectors.ts';

export interface TrajectoryParams {
  agents: number[];
  unit: TimeUnit;
  /** Most cloud points returned (a seeded sample of the filtered posts). */
  cloudMax: number;
  seed: number;
}

export const TRAJECTORY_DEFAULTS: TrajectoryParams = { agents: [], unit: 'day', cloudMax: 5000, seed: 1 };

export interface Trajectory {
  agent: number;
  points: { bucket: number; startMs: number; posts: number; x: number; y: number }[];
}

export interface TrajectoriesResult {
  params: TrajectoryParams;
  explained: [number, number];
  cloud: { x: number[]; y: number[] };
  trajectories: Trajectory[];
}

/** §3 agent trajectories (centroid directions projected, so they sit on the unit-vector cloud). */
export function agentTrajectories(
  frame: Frame,
  params: Partial<TrajectoryParams> = {},
  filter: FrameFilter = {},
): TrajectoriesResult {
  const p = { ...TRAJECTORY_DEFAULTS, ...params };
  const posts = frame.posts;
  const dim = frame.dim;
  const rows = posts.vectors
    ? selectRows(posts, filter).filter((i) => hasVector(posts, i))
    : new Int32Array(0);
  if (!posts.vectors || dim === 0)
    return { params: p, explained: [0, 0], cloud: { x: [], y: [] }, trajectories: [] };
  const vectors = posts.vectors;
  const proj = pcaProjection(frame);
  const cloud = { x: [] as number[], y: [] as number[] };
  for (const j of sampleIndices(rows.length, p.cloudMax, mulberry32(p.seed))) {
    const [x, y] = project(proj, vectors, rows[j] * dim);
    cloud.x.push(x);
    cloud.y.push(y);
  }
  const { bucket } = bucketsOf(frame, posts, p.unit);
  const wanted = new Map(p.agents.map((a, k) => [a, k]));
  const perAgent = p.agents.map(() => new Map<number, { sum: Float64Array; n: number }>());
  for (const i of rows) {
    const k = wanted.get(posts.author[i]);
    if (k === undefined) continue;
    const b = bucket[i];
    let cell = perAgent[k].get(b);
    if (!cell) perAgent[k].set(b, (cell = { sum: new Float64Array(dim), n: 0 }));
    addRow(cell.sum, 0, vectors, i, dim);
    cell.n++;
  }
  const trajectories = p.agents.map((agent, k) => ({
    agent,
    points: [...perAgent[k].entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([b, cell]) => {
        const [x, y] = project(proj, normalizeInPlace(cell.sum));
        return { bucket: b, startMs: bucketStartMs(frame, p.unit, b), posts: cell.n, x, y };
      }),
  }));
  return { params: p, explained: proj.explained, cloud, trajectories };
}
