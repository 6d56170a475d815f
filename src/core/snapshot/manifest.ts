import type { TableName } from './tables';

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
  seed: number;
  /** Generator parameters, including the planted effects (ground truth). */
  parameters: Record<string, unknown>;
  /** Calibration targets and what this run achieved. */
  calibration?: Record<string, { target: number; achieved: number }>;
}

export interface EmbeddingInfo {
  model: string;
  method: string;
  dimensions: number;
  /** For reduced external vectors: share of variance the kept components explain. */
  explainedVariance?: number;
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
  embedding?: EmbeddingInfo | null;
  createdAt?: string;
}
