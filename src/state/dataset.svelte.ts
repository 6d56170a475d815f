import { cancelLoad, loadDataset, onTables, type EngineError, type TableEvent } from '../data/client';
import { isEngineError } from '../data/engine-error';
import type { LoadNotice, LoadOptions, LoadProgress, LoadResult, LoadSource } from '../core/worker-api';
import type { DeferredTable } from '../core/snapshot/deferred-tables';

/** A deferred table of the open dataset: not asked for yet, on its way, in, or failed. */
export interface LateTable {
  table: DeferredTable;
  status: 'later' | 'loading' | 'loaded' | 'failed';
  /** The manifest's count until loaded, then the rows loaded. */
  rows: number | null;
  progress: LoadProgress | null;
  fromCache: boolean;
  error: string | null;
}
import { memoryBudget } from '../core/snapshot/estimate';
import type { Manifest } from '../core/snapshot/manifest';
import type { StoredAnswers } from '../core/findings/answers';
import { fetchAnswers, fetchEarlyLook, type EarlyLook } from './early-look';

/** The bundled society with planted socialization: what socialization looks like, for comparison. */
export const REFERENCE_SOCIETY = 'synthetic-socializing-small';

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
  /** The open dataset's deferred tables, loaded when a view first needs them. */
  late = $state.raw<LateTable[]>([]);
  /** Notices of the deferred tables' files, as they arrive. */
  lateNotices = $state.raw<LoadNotice[]>([]);
  /** The snapshot folder being opened or open, as read by the page itself before the engine. */
  early = $state.raw<EarlyLook | null>(null);
  /** The folder `current` was loaded from, when it was a URL. */
  loadedUrl = $state.raw<string | null>(null);
  /** The reference society's stored answers (REFERENCE_SOCIETY), once asked for. */
  reference = $state.raw<StoredAnswers | null>(null);
  #referenceAsked = false;

  constructor() {
    onTables((e) => this.#onTable(e));
  }

  /** Every notice of the open dataset: its load's, then its deferred tables'. */
  get notices(): LoadNotice[] {
    return [...(this.current?.notices ?? []), ...this.lateNotices];
  }

  #onTable(e: TableEvent): void {
    const table = e.kind === 'progress' ? e.progress.table : e.kind === 'done' ? e.load.table : e.table;
    const update = (patch: Partial<LateTable>) =>
      (this.late = this.late.map((t) => (t.table === table ? { ...t, ...patch } : t)));
    if (e.kind === 'start') update({ status: 'loading', progress: null, error: null });
    else if (e.kind === 'progress') update({ progress: e.progress });
    else if (e.kind === 'failed') update({ status: 'failed', progress: null, error: e.error.message });
    else {
      update({ status: 'loaded', progress: null, rows: e.load.rows, fromCache: e.load.fromCache });
      if (e.load.notices.length) this.lateNotices = [...this.lateNotices, ...e.load.notices];
    }
  }

  /** The manifest to show: the open dataset's, else (on first paint) the one being opened. */
  get manifest(): Manifest | null {
    return this.current ? this.current.manifest : (this.early?.manifest ?? null);
  }

  /** The answers stored with the open (or opening) snapshot folder, or null. */
  get storedAnswers(): StoredAnswers | null {
    const early = this.early;
    if (!early) return null;
    if (this.current) return early.url === this.loadedUrl ? early.answers : null;
    return early.answers;
  }

  /**
   * Reads a snapshot folder's manifest and stored answers while the engine starts, so the first
   * paint can show them. Only for folders the page is about to load anyway (same origin, or trusted).
   * Resolves when they are in (or are not there); call load() right after, without waiting.
   */
  peek(folder: string): Promise<void> {
    if (!folder.endsWith('/')) return Promise.resolve();
    this.#lookFor = folder;
    if (this.early?.url !== folder) this.early = null;
    return fetchEarlyLook(folder).then((look) => {
      // Another folder (or files) may have been asked for meanwhile: only the newest is kept.
      if (look && this.#lookFor === folder) this.early = look;
    });
  }

  /** The folder whose early look may still be kept: the one last peeked at or loaded. */
  #lookFor: string | null = null;

  /** Fetches the reference society's stored answers once (a bundled, same-origin file). */
  askReference(base: string): void {
    if (this.#referenceAsked) return;
    this.#referenceAsked = true;
    const entry = this.catalog.find((e) => e.id === REFERENCE_SOCIETY);
    if (!entry) return;
    const folder = new URL(`${base}data/${entry.path}`, location.href).href;
    void fetchAnswers(folder).then((a) => (this.reference = a));
  }

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

  /** The last load asked for, so a memory-budget refusal can be retried with a subset. */
  pending: { source: LoadSource; origin: { id: string } | { url: string } | { files: string } } | null = null;

  async load(
    source: LoadSource,
    origin: { id: string } | { url: string } | { files: string },
    options: LoadOptions = {},
  ): Promise<boolean> {
    this.loading = true;
    this.error = null;
    this.progress = null;
    this.pending = { source, origin };
    this.#lookFor = source.kind === 'url' ? source.url : null;
    try {
      const result = await loadDataset(source, (p) => (this.progress = p), {
        budgetBytes: budgetBytes(),
        ...options,
      });
      this.late = result.deferred.map((d) => ({
        table: d.table,
        status: 'later',
        rows: d.claimedRows,
        progress: null,
        fromCache: false,
        error: null,
      }));
      this.lateNotices = [];
      this.current = result;
      this.source = origin;
      this.loadedUrl = source.kind === 'url' ? source.url : null;
      return true;
    } catch (e) {
      this.error = isEngineError(e) ? e : { kind: 'engine', message: String(e), detail: null };
      // Without data behind them, stored answers would wait for a confirmation that never comes.
      if (!this.current) this.early = null;
      return false;
    } finally {
      this.loading = false;
      this.progress = null;
    }
  }

  cancel(): void {
    cancelLoad();
  }

  /** Retries the refused load, whole (`force`) or as a subset. */
  retry(options: LoadOptions): Promise<boolean> {
    if (!this.pending) return Promise.resolve(false);
    return this.load(this.pending.source, this.pending.origin, options);
  }
}

/**
 * The memory one dataset may take in this tab. A value in localStorage (megabytes) overrides the
 * estimate from the device, for users who know better and for tests.
 */
function budgetBytes(): number {
  try {
    const mb = Number(localStorage.getItem('moltscope-memory-budget-mb'));
    if (Number.isFinite(mb) && mb > 0) return mb * 1024 * 1024;
  } catch {
    /* no storage: use the device estimate */
  }
  return memoryBudget((navigator as Navigator & { deviceMemory?: number }).deviceMemory);
}

function isEntry(x: unknown): x is DatasetEntry {
  const e = x as DatasetEntry;
  return typeof e?.id === 'string' && typeof e.name === 'string' && typeof e.path === 'string';
}
