import { createRng, type Rng } from '../random';

/**
 * How far a width reduction moved the geometry the diagnostics read, measured on the data itself
 * and recorded in the manifest: per-pair cosines on a seeded sample, and the day centroids the
 * stabilization headline is made of (over every day, not a sample: only sums are kept).
 */
export interface Distortion {
  seed: number;
  /** Random pairs of a seeded row sample (all pairs when the sample has fewer). */
  pairs: number;
  meanAbsCosDiff: number;
  maxAbsCosDiff: number;
  /** Pairs of days (same item kind) whose centroid cosine was compared. */
  dayPairs: number;
  /** Largest |cos(c_s, c_t) of the originals − the same of the reduced vectors| over those day pairs. */
  maxDailyCentroidCosDiff: number;
  /** Largest difference of a day's mean pairwise cosine (within the day, self pairs excluded). */
  maxWithinDayPairwiseDiff: number;
}

interface DaySums {
  n: number;
  orig: Float64Array;
  red: Float64Array;
}

function cosine(a: ArrayLike<number>, ao: number, b: ArrayLike<number>, bo: number, d: number): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < d; i++) {
    ab += a[ao + i] * b[bo + i];
    aa += a[ao + i] * a[ao + i];
    bb += b[bo + i] * b[bo + i];
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/** Mean cosine over distinct pairs of n unit vectors whose sum is s: (|s|² − n) / (n(n − 1)). */
function meanPairwise(s: Float64Array, n: number): number {
  let ss = 0;
  for (let i = 0; i < s.length; i++) ss += s[i] * s[i];
  return (ss - n) / (n * (n - 1));
}

/** Fed every (original, reduced) row once, in any order; memory is bounded by the sample size. */
export class DistortionMeter {
  private readonly rng: Rng;
  private readonly origSample: Float32Array;
  private readonly redSample: Float32Array;
  private seen = 0;
  private readonly days = new Map<number, DaySums>();

  constructor(
    private readonly sourceDims: number,
    private readonly dims: number,
    private readonly seed = 1,
    private readonly sampleRows = 2_000,
  ) {
    this.rng = createRng(seed);
    this.origSample = new Float32Array(sampleRows * sourceDims);
    this.redSample = new Float32Array(sampleRows * dims);
  }

  /** One row: unit original at `oFrom` of `orig`, its unit reduction at `rFrom` of `red`. */
  add(
    orig: ArrayLike<number>,
    oFrom: number,
    red: ArrayLike<number>,
    rFrom: number,
    day: number,
    kind: 'post' | 'comment',
  ): void {
    const { sourceDims: d, dims: k } = this;
    const key = day * 2 + (kind === 'post' ? 0 : 1);
    let sums = this.days.get(key);
    if (!sums) this.days.set(key, (sums = { n: 0, orig: new Float64Array(d), red: new Float64Array(k) }));
    sums.n++;
    for (let i = 0; i < d; i++) sums.orig[i] += orig[oFrom + i];
    for (let j = 0; j < k; j++) sums.red[j] += red[rFrom + j];
    // Reservoir sampling (Algorithm R): every row equally likely to be in the pair sample.
    const slot = this.seen < this.sampleRows ? this.seen : Math.floor(this.rng() * (this.seen + 1));
    this.seen++;
    if (slot < this.sampleRows) {
      for (let i = 0; i < d; i++) this.origSample[slot * d + i] = orig[oFrom + i];
      for (let j = 0; j < k; j++) this.redSample[slot * k + j] = red[rFrom + j];
    }
  }

  result(wantedPairs = 20_000): Distortion {
    const { sourceDims: d, dims: k } = this;
    const m = Math.min(this.seen, this.sampleRows);
    let pairs = 0;
    let sum = 0;
    let max = 0;
    const pair = (a: number, b: number) => {
      const diff = Math.abs(
        cosine(this.origSample, a * d, this.origSample, b * d, d) -
          cosine(this.redSample, a * k, this.redSample, b * k, k),
      );
      pairs++;
      sum += diff;
      if (diff > max) max = diff;
    };
    if ((m * (m - 1)) / 2 <= wantedPairs) {
      for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) pair(a, b);
    } else {
      const rng = createRng(this.seed + 1);
      while (pairs < wantedPairs) {
        const a = Math.floor(rng() * m);
        const b = Math.floor(rng() * m);
        if (a !== b) pair(a, b);
      }
    }
    const keys = Array.from(this.days.keys()).sort((x, y) => x - y);
    let dayPairs = 0;
    let centroid = 0;
    let within = 0;
    for (let x = 0; x < keys.length; x++) {
      const s = this.days.get(keys[x])!;
      if (s.n > 1) within = Math.max(within, Math.abs(meanPairwise(s.orig, s.n) - meanPairwise(s.red, s.n)));
      for (let y = x + 1; y < keys.length; y++) {
        if (keys[x] % 2 !== keys[y] % 2) continue;
        const t = this.days.get(keys[y])!;
        dayPairs++;
        const diff = Math.abs(cosine(s.orig, 0, t.orig, 0, d) - cosine(s.red, 0, t.red, 0, k));
        if (diff > centroid) centroid = diff;
      }
    }
    return {
      seed: this.seed,
      pairs,
      meanAbsCosDiff: pairs ? sum / pairs : 0,
      maxAbsCosDiff: max,
      dayPairs,
      maxDailyCentroidCosDiff: centroid,
      maxWithinDayPairwiseDiff: within,
    };
  }
}
