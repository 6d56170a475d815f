import type { Manifest } from '../core/snapshot/manifest';
import type { DataFilter } from '../core/queries/filters';
import { DAY_MS } from '../core/frame';
import { formatDay } from '../format/numbers';

/**
 * The provenance line under every exported chart: which data (and that it is synthetic), which
 * dates, which submolts, which parameters. A chart that leaves the site keeps its context.
 */
export function provenanceCaption(
  manifest: Manifest,
  filter: DataFilter,
  params: Record<string, unknown> = {},
): string {
  const parts = [`Moltscope · ${manifest.name}`];
  if (manifest.synthetic)
    parts.push(
      `SYNTHETIC (${manifest.synthetic.scenario}${manifest.synthetic.seed === null ? '' : `, seed ${manifest.synthetic.seed}`})`,
    );
  parts.push(
    filter.range
      ? `${formatDay(filter.range[0])} to ${formatDay(filter.range[1] - DAY_MS)} UTC`
      : `${manifest.dateRange.start.slice(0, 10)} to ${manifest.dateRange.end.slice(0, 10)} UTC`,
  );
  if (filter.submolts.length) parts.push(`submolts: ${filter.submolts.join(', ')}`);
  const p = Object.entries(params).map(([k, v]) => `${k}=${String(v)}`);
  if (p.length) parts.push(p.join(', '));
  return parts.join(' · ');
}
