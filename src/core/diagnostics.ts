/**
 * Every diagnostic by id, so the worker (and the CLI) can run any of them by name with typed
 * parameters and results. The functions themselves live in ./metrics, one per file.
 */
import { stabilization } from './metrics/stabilization';
import { knnDensity } from './metrics/knn-density';
import { lexicalTurnover } from './metrics/lexical-turnover';
import { agentDrift } from './metrics/drift';
import { agentTrajectories } from './metrics/trajectories';
import { feedbackAdaptation } from './metrics/feedback';
import { interactionInfluence } from './metrics/influence';
import { influencePersistence } from './metrics/influence-persistence';
import { consensus } from './metrics/consensus';
import { reciprocity } from './metrics/reciprocity';
import { inequality } from './metrics/inequality';
import { hits } from './metrics/hits';
import { communities } from './metrics/communities';
import { threadStats } from './metrics/threads';
import { activityTail } from './metrics/power-law';
import { commentSpecificity } from './metrics/specificity';
import { datasetSummary } from './metrics/summary';

export const DIAGNOSTICS = {
  stabilization,
  knnDensity,
  lexicalTurnover,
  agentDrift,
  agentTrajectories,
  feedbackAdaptation,
  interactionInfluence,
  influencePersistence,
  consensus,
  reciprocity,
  inequality,
  hits,
  communities,
  threadStats,
  activityTail,
  commentSpecificity,
  datasetSummary,
} as const;

export type DiagnosticId = keyof typeof DIAGNOSTICS;
export type DiagnosticParams<K extends DiagnosticId> = NonNullable<Parameters<(typeof DIAGNOSTICS)[K]>[1]>;
export type DiagnosticResult<K extends DiagnosticId> = ReturnType<(typeof DIAGNOSTICS)[K]>;
export const DIAGNOSTIC_IDS = Object.keys(DIAGNOSTICS) as DiagnosticId[];
