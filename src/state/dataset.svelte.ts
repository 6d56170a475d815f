import { cancelLoad, loadDataset, type EngineError } from '../data/client';
import { isEngineError } from '../data/engine-error';
import type { LoadProgress, LoadResult, LoadSource } from '../core/worker-api';

export interface DatasetEntry {
  id: string;
  name: string;
  path: string;
  synthetic: boolean;
  description: string;
}

/**
 * The loaded dataset and the load under way. A failed or cancelled load leaves `current`
 * untouched: the dataset loaded before stays usable.
 */
export class DatasetState {
  current = $state.raw<LoadResult | null>(null);
  /** What `current` was loaded from, for the permalink. */
  source = $state.raw<{ id: string } | { url: string } | { files: string } | null>(null);
  loading = $state(false);
  progress = $state.raw<LoadProgress | null>(null);
  error = $state.raw<EngineError | null>(null);
  catalog = $state.raw<DatasetEntry[]>([]);

  get synthetic(): boolean {
    return this.current?.manifest.synthetic != null;
  }

  async loadCatalog(base: string): Promise<void> {
    try {
      const res = await fetch(`${base}data/index.json`);
      const list: unknown = await res.json();
      if (Array.isArray(list)) this.catalog = list.filter(isEntry);
    } catch {
      this.catalog = [];
    }
  }

  async load(
    source: LoadSource,
    origin: { id: string } | { url: string } | { files: string },
  ): Promise<boolean> {
    this.loading = true;
    this.error = null;
    this.progress = null;
    try {
      this.current = await loadDataset(source, (p) => (this.progress = p));
      this.source = origin;
      return true;
    } catch (e) {
      this.error = isEngineError(e) ? e : { kind: 'engine', message: String(e), detail: null };
      return false;
    } finally {
      this.loading = false;
      this.progress = null;
    }
  }

  cancel(): void {
    cancelLoad();
  }
}

function isEntry(x: unknown): x is DatasetEntry {
  const e = x as DatasetEntry;
  return typeof e?.id === 'string' && typeof e.name === 'string' && typeof e.path === 'string';
}
