import type { FindingId } from '../../core/findings/index';

/** The full view that shows each finding's diagnostic, and how a link there is worded. */
export const FULL_VIEW: Record<FindingId, { view: string; label: string }> = {
  convergence: { view: 'convergence', label: 'Convergence' },
  drift: { view: 'agents', label: 'Agents' },
  feedback: { view: 'agents', label: 'Agents' },
  influence: { view: 'agents', label: 'Agents' },
  persistence: { view: 'network', label: 'Network' },
  reciprocity: { view: 'network', label: 'Network' },
  inequality: { view: 'network', label: 'Network' },
  threadDepth: { view: 'explore', label: 'Explore (read the threads)' },
  replyIncidence: { view: 'explore', label: 'Explore (read the threads)' },
};

/**
 * A link to `view` from the current permalink: dataset and filter travel along, view-specific
 * parameters do not (they belong to the view they came from).
 */
export function viewLink(search: string, view: string, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams(search);
  for (const key of [...p.keys()]) if (/^[a-z]{2}_/.test(key)) p.delete(key);
  p.set('view', view);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return `?${p.toString()}`;
}

/** The permalink of one finding card. */
export function cardLink(search: string, id: FindingId): string {
  return `${viewLink(search, 'findings', { fd_card: id })}#finding-${id}`;
}

/** The embed link of one card: embed mode, where Findings shows that card alone. */
export function cardEmbedLink(search: string, id: FindingId): string {
  const p = new URLSearchParams(viewLink(search, 'findings', { fd_card: id }));
  p.set('embed', '1');
  return `?${p.toString()}`;
}
