import { createEngineClient, type EngineClient, type EngineError } from '../../data/client';
import { isEngineError } from '../../data/engine-error';
import type { LoadProgress, LoadResult } from '../../core/worker-api';
import type { DatasetEntry } from '../../state/dataset.svelte';

/**
 * A bundled snapshot opened beside the app's dataset for compare mode, in an engine worker of its
 * own (one engine holds one dataset; reloading back and forth would cost a full load per switch).
 */
export class CompareSession {
  readonly entry: DatasetEntry;
  readonly engine: EngineClient;
  loading = $state(true);
  progress = $state.raw<LoadProgress | null>(null);
  error = $state.raw<EngineError | null>(null);
  loaded = $state.raw<LoadResult | null>(null);
  /** First UTC day of its analysis frame, for carrying the date filter over by day offset. */
  day0Ms = $state<number | null>(null);

  constructor(base: string, entry: DatasetEntry) {
    this.entry = entry;
    this.engine = createEngineClient('compare');
    this.engine.onCrash((message) => {
      this.error = { kind: 'engine', message: `The comparison engine stopped (${message}).`, detail: null };
    });
    void this.#load(new URL(`${base}data/${entry.path}`, location.href).href);
  }

  async #load(url: string): Promise<void> {
    try {
      // Bundled snapshots are small, so no memory budget applies to them.
      this.loaded = await this.engine.loadDataset({ kind: 'url', url }, (p) => (this.progress = p));
      this.day0Ms = (await this.engine.frameInfo()).day0Ms;
    } catch (e) {
      this.error = isEngineError(e) ? e : { kind: 'engine', message: String(e), detail: null };
    } finally {
      this.loading = false;
      this.progress = null;
    }
  }
}

let open: CompareSession | null = null;

/**
 * The session for this snapshot: the one already open is kept across view switches; opening
 * another, or {@link closeCompare}, stops the previous worker and frees its memory.
 */
export function openCompare(base: string, entry: DatasetEntry): CompareSession {
  if (open?.entry.id === entry.id && !open.error) return open;
  closeCompare();
  open = new CompareSession(base, entry);
  return open;
}

export function closeCompare(): void {
  open?.engine.terminate();
  open = null;
}
