import { textParam, type ParamSpec } from '../../state/url-codec';

/** Permalink parameters of the explore view (owned by this view). */
export interface ExploreParams {
  /** SQL text of the console (run when the link opens). */
  ex_q: string;
  /** Post id open in the thread reader. */
  ex_thread: string;
  /** Full-text filter over titles and content. */
  ex_search: string;
}

export const EXPLORE_PARAMS: ParamSpec<ExploreParams> = {
  ex_q: textParam(3900),
  ex_thread: textParam(200),
  ex_search: textParam(200),
};
