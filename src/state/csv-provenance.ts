import { getContext, setContext } from 'svelte';
import type { AppState } from './app.svelte';
import type { Manifest } from '../core/snapshot/manifest';
import type { DataFilter } from '../core/queries/filters';
import type { CsvProvenance } from '../lib/csv-file';

/** The provenance of data from `manifest` under `filter` (src/lib/csv-file.ts). */
export function provenanceOf(
  manifest: Manifest,
  key: string,
  filter: DataFilter,
  link: string,
): CsvProvenance {
  const syn = manifest.synthetic;
  return {
    dataset: manifest.name,
    datasetKey: key,
    synthetic: syn
      ? [`scenario ${syn.scenario}`, syn.seed === null ? null : `seed ${syn.seed}`].filter(Boolean).join(', ')
      : null,
    filter,
    days: { start: manifest.dateRange.start.slice(0, 10), end: manifest.dateRange.end.slice(0, 10) },
    link,
  };
}

/** The provenance of the open dataset under the app's filter; null before one is loaded. */
export function csvProvenance(app: AppState): CsvProvenance | null {
  const current = app.dataset.current;
  if (!current) return null;
  const source = app.dataset.source;
  const key = source && 'id' in source ? source.id : current.manifest.name;
  return provenanceOf(current.manifest, key, app.filter, app.permalink(false));
}

const KEY = Symbol('csv-provenance');
type Source = () => CsvProvenance | null;

/**
 * Charts below this component show other data than the open dataset (compare mode's second
 * snapshot): their CSVs name that data instead.
 */
export const setCsvSource = (source: Source) => setContext(KEY, source);

/** Where a chart's CSV says its data comes from: the nearest setCsvSource, else the open dataset. */
export function csvSource(app: AppState): Source {
  return getContext<Source | undefined>(KEY) ?? (() => csvProvenance(app));
}
