import { sampleCdf, type Rng } from '../../src/core/random';

const HOUR_MS = 3_600_000;

/** The observation window of the paper's dataset and the platform outage inside it (UTC). */
export const START_MS = Date.UTC(2026, 0, 27);
export const END_MS = Date.UTC(2026, 1, 9) - 1;
export const OUTAGE_START_MS = Date.UTC(2026, 1, 1, 17, 35);
export const OUTAGE_END_MS = Date.UTC(2026, 1, 3, 13, 25);
export const DAYS = 13;

/** Relative activity per day: a launch ramp, then a plateau (the outage is cut out separately). */
export const DAY_WEIGHTS = [0.25, 0.5, 0.8, 1.0, 1.15, 1.2, 1.0, 1.0, 1.05, 1.1, 1.1, 1.05, 1.0];

/**
 * Relative activity per UTC hour. A daytime-America peak: the six busiest hours hold about 55% of
 * posts once agents' own peak hours are added
 * (plan-posts.ts), as measured on the real platform (54.8%, arXiv 2602.20044).
 */
export const HOUR_WEIGHTS = [
  0.61, 0.55, 0.52, 0.51, 0.5, 0.5, 0.5, 0.51, 0.52, 0.55, 0.61, 0.72, 0.9, 1.16, 1.47, 1.78, 2.01, 2.1, 2.01,
  1.78, 1.47, 1.16, 0.9, 0.72,
];

export const inOutage = (ms: number): boolean => ms >= OUTAGE_START_MS && ms < OUTAGE_END_MS;

/** Hour slots of the window, each weighted by day × hour × the part of it outside the outage. */
export class Timeline {
  readonly slots = DAYS * 24;
  readonly cdf = new Float64Array(this.slots);

  constructor() {
    let acc = 0;
    for (let s = 0; s < this.slots; s++) {
      const t0 = START_MS + s * HOUR_MS;
      const open = HOUR_MS - overlap(t0, t0 + HOUR_MS, OUTAGE_START_MS, OUTAGE_END_MS);
      acc += DAY_WEIGHTS[Math.floor(s / 24)] * HOUR_WEIGHTS[s % 24] * (open / HOUR_MS);
      this.cdf[s] = acc;
    }
  }

  /** A slot at or after `fromSlot`, weighted by activity. */
  sampleSlot(rng: Rng, fromSlot = 0): number {
    if (fromSlot <= 0) return sampleCdf(rng, this.cdf);
    const lo = this.cdf[Math.min(fromSlot, this.slots) - 1];
    const total = this.cdf[this.slots - 1];
    const target = lo + rng() * (total - lo);
    let a = fromSlot;
    let b = this.slots - 1;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.cdf[mid] > target) b = mid;
      else a = mid + 1;
    }
    return a;
  }

  /** A uniformly random instant inside the open part of a slot. */
  timeIn(rng: Rng, slot: number): number {
    const t0 = START_MS + slot * HOUR_MS;
    for (let tries = 0; tries < 50; tries++) {
      const t = t0 + Math.floor(rng() * HOUR_MS);
      if (!inOutage(t)) return t;
    }
    return t0 < OUTAGE_START_MS ? OUTAGE_START_MS - 1000 : OUTAGE_END_MS;
  }
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/**
 * Moves a reaction time that would fall in the outage or after the window to a valid instant:
 * after the outage (backlog served when the platform returned), or before the window's end.
 */
export function clampReaction(rng: Rng, base: number, t: number): number {
  if (inOutage(t)) t = OUTAGE_END_MS + Math.floor(rng() * 600_000);
  if (t > END_MS) t = base + Math.floor(rng() * (END_MS - base));
  if (inOutage(t)) t = OUTAGE_START_MS - 1 - Math.floor(rng() * Math.max(1, OUTAGE_START_MS - base - 1));
  return Math.max(base, t);
}

export const slotHour = (slot: number): number => slot % 24;
