import { enumParam } from '../../state/url-codec';
import { registerParams } from '../../state/param-registry';
import { FINDINGS, type FindingId } from '../../core/findings/index';

/** Permalink parameters of the findings view (owned by this view). */
export interface FindingsParams {
  /** A card to scroll to and mark: a link to one answer. '' = none. */
  fd_card: FindingId | '';
}

export const FINDINGS_PARAMS = registerParams<FindingsParams>('the findings view', {
  fd_card: enumParam<FindingId | ''>(['', ...FINDINGS.map((f) => f.id)], ''),
});

// Tells the state layer's AppParams about this view's fields without it importing this file.
declare module '../../state/permalink' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds fields by merging
  interface AppParams extends FindingsParams {}
}
