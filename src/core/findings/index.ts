/**
 * Findings: the study's questions answered from diagnostic results by stated rules (#18 item 2).
 * FINDINGS lists what the Methods page states; JUDGES runs a rule on its diagnostic's result.
 */
import type { DiagnosticId, DiagnosticResult } from '../diagnostics.ts';
import { CONVERGENCE_FINDING, convergenceVerdict } from './convergence.ts';
import { DRIFT_FINDING, driftVerdict } from './drift.ts';
import { FEEDBACK_FINDING, feedbackVerdict } from './feedback.ts';
import type { FindingInfo } from './finding-info.ts';
import { INEQUALITY_FINDING, inequalityVerdict } from './inequality.ts';
import { INFLUENCE_FINDING, influenceVerdict } from './influence.ts';
import { PERSISTENCE_FINDING, persistenceVerdict } from './persistence.ts';
import { RECIPROCITY_FINDING, reciprocityVerdict } from './reciprocity.ts';
import {
  REPLY_INCIDENCE_FINDING,
  THREAD_DEPTH_FINDING,
  replyIncidenceVerdict,
  threadDepthVerdict,
} from './threads.ts';
import type { FindingId, Verdict } from './verdict.ts';

export type { FindingInfo } from './finding-info.ts';
export type { Evidence, FindingId, Verdict, VerdictInterval, VerdictKind } from './verdict.ts';
export { VERDICT_KINDS } from './verdict.ts';
export type { Threshold } from './threshold.ts';
export type { Published } from './published.ts';
export { PUBLISHED } from './published.ts';
export { MIN_EVIDENCE, belowMinimum, type MinEvidence } from './min-evidence.ts';

/** Every finding in the order a reader meets them: the paper's questions, then the network facts. */
export const FINDINGS: FindingInfo[] = [
  CONVERGENCE_FINDING,
  DRIFT_FINDING,
  FEEDBACK_FINDING,
  INFLUENCE_FINDING,
  PERSISTENCE_FINDING,
  RECIPROCITY_FINDING,
  INEQUALITY_FINDING,
  THREAD_DEPTH_FINDING,
  REPLY_INCIDENCE_FINDING,
];

type Judges = {
  [F in FindingId]: { diagnostic: DiagnosticId; judge: (r: never) => Verdict };
};

/** Each finding's rule, keyed by finding, with the diagnostic whose result it takes. */
export const JUDGES = {
  convergence: { diagnostic: 'stabilization', judge: convergenceVerdict },
  drift: { diagnostic: 'agentDrift', judge: driftVerdict },
  feedback: { diagnostic: 'feedbackAdaptation', judge: feedbackVerdict },
  influence: { diagnostic: 'interactionInfluence', judge: influenceVerdict },
  persistence: { diagnostic: 'influencePersistence', judge: persistenceVerdict },
  reciprocity: { diagnostic: 'reciprocity', judge: reciprocityVerdict },
  inequality: { diagnostic: 'inequality', judge: inequalityVerdict },
  threadDepth: { diagnostic: 'threadStats', judge: threadDepthVerdict },
  replyIncidence: { diagnostic: 'threadStats', judge: replyIncidenceVerdict },
} as const satisfies Judges;

/** The verdict of finding F from its diagnostic's result. */
export function verdictOf<F extends FindingId>(
  finding: F,
  result: DiagnosticResult<(typeof JUDGES)[F]['diagnostic']>,
): Verdict {
  return (JUDGES[finding].judge as (r: typeof result) => Verdict)(result);
}
