/**
 * Calibration statistics computed from the generated rows themselves (never from parameters), so
 * the manifest's "achieved" values are what a reader of the snapshot would measure.
 */
export function gini(values: ArrayLike<number>): number {
  const v = Float64Array.from(values).sort();
  const n = v.length;
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    sum += v[i];
    weighted += (i + 1) * v[i];
  }
  return n === 0 || sum === 0 ? 0 : (2 * weighted) / (n * sum) - (n + 1) / n;
}

/** Discrete power-law MLE (Clauset, Shalizi & Newman 2009, eq. 3.7) above xmin. */
export function powerLawAlpha(counts: ArrayLike<number>, xmin = 1): number {
  let n = 0;
  let s = 0;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] >= xmin) {
      n++;
      s += Math.log(counts[i] / (xmin - 0.5));
    }
  }
  return n === 0 ? NaN : 1 + n / s;
}

/**
 * Tail exponent as the activity papers report it: xmin chosen by minimising the Kolmogorov–Smirnov
 * distance between the data above xmin and the fitted power law (Clauset et al. 2009), then the MLE.
 */
export function powerLawTail(counts: ArrayLike<number>, minTail = 50): { alpha: number; xmin: number } {
  const v = Float64Array.from(counts)
    .filter((x) => x >= 1)
    .sort();
  const candidates = [...new Set(v)].slice(0, 60);
  let best = { alpha: powerLawAlpha(v, 1), xmin: 1, ks: Infinity };
  for (const xmin of candidates) {
    const start = v.findIndex((x) => x >= xmin);
    const n = v.length - start;
    if (n < minTail) break;
    const alpha = powerLawAlpha(v.subarray(start), xmin);
    let ks = 0;
    for (let i = start; i < v.length; i++) {
      const empirical = (i - start) / n;
      const fitted = 1 - Math.pow(v[i] / xmin, 1 - alpha);
      ks = Math.max(ks, Math.abs(empirical - fitted));
    }
    if (ks < best.ks) best = { alpha, xmin, ks };
  }
  return { alpha: best.alpha, xmin: best.xmin };
}

export interface CalibrationTargets {
  commentsPerPost: number;
  topLevelShare: number;
  meanMaxDepthPaper: number;
  reciprocity: number;
  giniUpvotes: number;
  giniPosts: number;
  busyHoursShare: number;
  postsAlpha: number;
}

export const TARGETS: CalibrationTargets = {
  commentsPerPost: 6.33,
  topLevelShare: 0.95,
  meanMaxDepthPaper: 1.38,
  reciprocity: 0.01,
  giniUpvotes: 0.992,
  giniPosts: 0.601,
  busyHoursShare: 0.548,
  postsAlpha: 1.7,
};

/** Streaming accumulator fed by the generator as it writes rows. */
export class CalibrationMeter {
  private posts = 0;
  private comments = 0;
  private topLevel = 0;
  private threads = 0;
  private maxDepthSum = 0;
  private readonly hourCounts = new Float64Array(24);
  private readonly pairs = new Set<number>();
  readonly postsPerAgent: Float64Array;
  readonly upvotesPerAgent: Float64Array;

  constructor(private readonly agents: number) {
    this.postsPerAgent = new Float64Array(agents);
    this.upvotesPerAgent = new Float64Array(agents);
  }

  post(author: number, timeMs: number, upvotes: number): void {
    this.posts++;
    this.postsPerAgent[author]++;
    this.upvotesPerAgent[author] += upvotes;
    this.hourCounts[new Date(timeMs).getUTCHours()]++;
  }

  /** One thread (a post's comments): its max API depth, or -1 with no comments. */
  thread(maxDepth: number): void {
    if (maxDepth < 0) return;
    this.threads++;
    this.maxDepthSum += maxDepth + 1;
  }

  comment(commenter: number, postAuthor: number, depth: number): void {
    this.comments++;
    if (depth === 0) this.topLevel++;
    if (commenter !== postAuthor) this.pairs.add(commenter * this.agents + postAuthor);
  }

  /** The achieved values, each defined as documented in datasets/README.md. */
  achieved(): CalibrationTargets {
    let reciprocal = 0;
    for (const key of this.pairs) {
      const from = Math.floor(key / this.agents);
      const to = key - from * this.agents;
      if (this.pairs.has(to * this.agents + from)) reciprocal++;
    }
    const posters: number[] = [];
    const upvotes: number[] = [];
    for (let a = 0; a < this.agents; a++) {
      if (this.postsPerAgent[a] > 0) {
        posters.push(this.postsPerAgent[a]);
        upvotes.push(this.upvotesPerAgent[a]);
      }
    }
    const hours = Array.from(this.hourCounts).sort((x, y) => y - x);
    return {
      commentsPerPost: this.comments / Math.max(1, this.posts),
      topLevelShare: this.topLevel / Math.max(1, this.comments),
      meanMaxDepthPaper: this.maxDepthSum / Math.max(1, this.threads),
      reciprocity: reciprocal / Math.max(1, this.pairs.size),
      giniUpvotes: gini(upvotes),
      giniPosts: gini(posters),
      busyHoursShare: hours.slice(0, 6).reduce((s, x) => s + x, 0) / Math.max(1, this.posts),
      postsAlpha: powerLawTail(posters).alpha,
    };
  }
}
