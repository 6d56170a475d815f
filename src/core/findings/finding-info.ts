/** What the Methods page (and a findings card) states about a finding, without running it. */
import type { DiagnosticId } from '../diagnostics.ts';
import type { Published } from './published.ts';
import type { Threshold } from './threshold.ts';
import type { FindingId } from './verdict.ts';

export interface FindingInfo {
  id: FindingId;
  question: string;
  /** The diagnostic whose result the rule reads. */
  diagnostic: DiagnosticId;
  /** The rule in one plain sentence, built from the thresholds below. */
  rule: string;
  thresholds: Threshold[];
  published: Published;
}
