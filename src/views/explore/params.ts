import { textParam } from '../../state/url-codec';
import { registerParams } from '../../state/param-registry';

/** Permalink parameters of the explore view (owned by this view). */
export interface ExploreParams {
  /** SQL text of the console (run when the link opens). */
  ex_q: string;
  /** Post id open in the thread reader. */
  ex_thread: string;
  /** Full-text filter over titles and content. */
  ex_search: string;
}

export const EXPLORE_PARAMS = registerParams<ExploreParams>('the explore view', {
  ex_q: textParam(3900),
  ex_thread: textParam(200),
  ex_search: textParam(200),
});

// Tells the state layer's AppParams about this view's fields without it importing this file.
declare module '../../state/permalink' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds fields by merging
  interface AppParams extends ExploreParams {}
}
