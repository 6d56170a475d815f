import type { Distortion } from '../embed/distortion';
import type { ReductionMethod } from '../embed/svd';
import type { TableName } from './tables';
import type { TimeWindow } from './time-window';

/** Bumped whenever the snapshot contract changes in a way old readers cannot follow. */
export const SCHEMA_VERSION = 1;

export interface ManifestFile {
  /** Path relative to the manifest (or an absolute URL). */
  path: string;
  rows: number;
  bytes?: number;
}

export interface SyntheticInfo {
  generator: string;
  scenario: 'inert' | 'socializing' | string;
  scale: string;
  /** null when the build was only told the data is synthetic (build --synthetic), not how it was made. */
  seed: number | null;
  /** Generator parameters, including the planted effects (ground truth). */
  parameters: Record<string, unknown>;
  /** Calibration targets and what this run achieved. */
  calibration?: Record<string, { target: number; achieved: number }>;
}

export interface EmbeddingInfo {
  model: string;
  method: string;
  dimensions: number;
  /** Old snapshots only (centred PCA, no longer made): share of variance the kept components explained. */
  explainedVariance?: number;
  /** Imported vectors: how they were brought to `dimensions` (never centred; src/core/embed/svd.ts). */
  reduction?: ReductionMethod;
  /** Imported vectors: their width in the source file. */
  sourceDimensions?: number;
  /** uncentred-svd: leading components that are exact singular directions of the raw vectors. */
  exactDimensions?: number;
  /** uncentred-svd: share of the vectors' squared length those exact components hold. */
  energyKept?: number;
  /** Imported vectors: measured cosine distortion of the stored vectors against the originals. */
  distortion?: Distortion;
}

/** Longest n-grams the snapshot's n-gram index counts (metrics.md §2 uses n = 1..3). */
export const GRAM_INDEX_MAX_N = 3;

/** How the n-gram index (files.ngrams) was made: readers use it only with the same tokeniser. */
export interface GramIndexInfo {
  tokenizer: string;
  maxN: number;
}

export interface Manifest {
  schemaVersion: number;
  name: string;
  description: string;
  provenance: string;
  licence: string;
  /** Set on every generated dataset; the app shows a SYNTHETIC banner whenever it is. */
  synthetic: SyntheticInfo | null;
  files: Partial<Record<TableName, ManifestFile>>;
  dateRange: { start: string; end: string };
  /**
   * The platform's plausible window for this data (UTC days, inclusive); items dated outside it are
   * set aside at load. Absent: the default of snapshot/time-window.ts.
   */
  timeWindow?: TimeWindow | null;
  embedding?: EmbeddingInfo | null;
  /** Present when files.ngrams is: the tokeniser that counted it. */
  ngramIndex?: GramIndexInfo | null;
  createdAt?: string;
}
