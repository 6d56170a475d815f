/**
 * Links into other views, built from the current permalink so the dataset and filter travel along.
 * The agents view reads its selected agent from `ag_agent`.
 */
export function viewHref(search: string, view: string, params: Record<string, string>): string {
  const p = new URLSearchParams(search);
  for (const key of [...p.keys()]) if (/^(nw|ex|ag|cv)_/.test(key)) p.delete(key);
  p.set('view', view);
  for (const [k, v] of Object.entries(params)) p.set(k, v);
  return `?${p.toString()}`;
}
