/** The diagnostics of metrics.md §1–8: pure functions of (frame, params, filter). */
export {
  buildFrame,
  type RawColumns,
  type RawPosts,
  type RawComments,
  type RawEmbeddings,
  type BuildOptions,
} from './build-frame.ts';
export { datasetSummary, type DatasetSummary } from './summary.ts';
export { stabilization, type StabilizationParams, type StabilizationResult } from './stabilization.ts';
export {
  knnDensity,
  meanKnnSimilarity,
  type KnnDensityParams,
  type KnnDensityResult,
} from './knn-density.ts';
export { lexicalTurnover, type TurnoverParams, type TurnoverResult } from './lexical-turnover.ts';
export { agentDrift, type DriftParams, type DriftResult } from './drift.ts';
export { agentTrajectories, type TrajectoryParams, type TrajectoriesResult } from './trajectories.ts';
export { pcaProjection, project, type Projection } from './pca.ts';
export { feedbackAdaptation, type FeedbackParams, type FeedbackResult } from './feedback.ts';
export {
  interactionInfluence,
  influenceEvents,
  type InfluenceParams,
  type InfluenceResult,
} from './influence.ts';
export { influenceByAgent, type AgentInfluence } from './influence-agents.ts';
export {
  influencePersistence,
  type PersistenceParams,
  type PersistenceResult,
} from './influence-persistence.ts';
export { pagerank, csrFromEdges, type WeightedGraph } from './pagerank.ts';
export { bucketEdges, type EdgeMode } from './daily-graph.ts';
export { consensus, type ConsensusParams, type ConsensusResult } from './consensus.ts';
export { reciprocity, type ReciprocityResult } from './reciprocity.ts';
export { inequality, type InequalityResult } from './inequality.ts';
export { hits, type HitsResult } from './hits.ts';
export { communities, type CommunityResult } from './communities.ts';
export { threadStats, type ThreadResult } from './threads.ts';
export { activityTail, fitDiscretePowerLaw, type PowerLawResult } from './power-law.ts';
export { commentSpecificity, type SpecificityResult } from './specificity.ts';
export { DIAGNOSTICS, type DiagnosticInfo, type ParamSpec } from './registry.ts';
export type { ItemKind, TimeUnit } from './select.ts';
