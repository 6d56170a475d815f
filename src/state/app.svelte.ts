import { getContext, setContext } from 'svelte';
import { DAY_MS } from '../core/frame';
import type { DataFilter } from '../core/queries/filters';
import { onEngineCrash } from '../data/client';
import { DatasetState } from './dataset.svelte';
import { dayRange, orderDays } from './day-order';
import { appParams, type AppParams, type ViewName } from './permalink';
import { UrlSync } from './url-sync.svelte';
import { readRecent, rememberRecent, type RecentDataset } from './recent';
import { mayFetch, originOf, trustOrigin } from './trusted-origins';

/** The longest the engine waits for a snapshot's manifest and stored answers (#peekFirst). */
const PEEK_WAIT_MS = 1000;

/**
 * App-wide state: the permalink, the dataset, and messages for the user. Views read the filter
 * from here; the brush writes it.
 */
export class AppState {
  /** Each view is a history entry (Back returns to the view before); embedded pages push none. */
  url: UrlSync<AppParams> = new UrlSync(appParams(), location.search, ['view'], () => !this.url.state.embed);
  dataset = new DatasetState();
  /** Things the user should know that are not errors (dropped link parameters, recoveries). */
  notices = $state<string[]>([]);
  /** A link's data URL on another origin, waiting for the reader to open or decline it. */
  trustPending = $state.raw<{ url: string; origin: string } | null>(null);
  /** Datasets opened by URL before, in this browser. */
  recent = $state.raw<RecentDataset[]>(readRecent());
  readonly base: string;

  constructor(base: string) {
    this.base = base;
    this.#noticeDropped();
    this.#orderDays();
    onEngineCrash((msg) => {
      this.notify(`The data engine stopped (${msg}); it was restarted and the view restored from the link.`);
      void this.openFromUrl();
    });
    addEventListener('popstate', () => this.#followHistory());
  }

  /**
   * Back and Forward (each view opened is a history entry, see UrlSync): the address bar already
   * holds the entry's link. It is read as a link is at start-up, with notices about this link
   * alone, and its dataset opened unless it is the one open (an entry may name another dataset).
   */
  #followHistory(): void {
    this.notices = [];
    this.url.read(location.search, { fromAddressBar: true });
    this.#noticeDropped();
    this.#orderDays();
    if (!this.#isOpen()) {
      void this.openFromUrl();
      return;
    }
    // An entry from before the first load (or a hand-made link) may not name the default: links do.
    const open = this.dataset.source;
    if (!this.url.state.data && !this.url.state.ds && open && 'id' in open) this.url.state.ds = open.id;
  }

  /** The dataset the link names is the one open (or opening). */
  #isOpen(): boolean {
    const { data, ds } = this.url.state;
    const open = this.dataset.pending?.origin ?? this.dataset.source;
    if (!open) return false;
    if (data) return 'url' in open && open.url === data;
    const id = ds || this.dataset.catalog[0]?.id;
    return 'id' in open && open.id === id;
  }

  /**
   * Reads a link's query string into the state as at start-up: every parameter is replaced (absent
   * ones by their defaults) and those that could not be used are named in a notice. The dataset is
   * not reopened. The link test (bench-hook.ts) drives a thousand links through this in one page.
   */
  applyLink(search: string): void {
    this.url.read(search);
    this.#noticeDropped();
    this.#orderDays();
  }

  /** A link whose from is after its to: the days are swapped, and the reader told. */
  #orderDays(): void {
    const reversed = orderDays(this.url.state);
    if (reversed) this.notify(reversed);
  }

  #noticeDropped(): void {
    if (this.url.dropped.length) {
      this.notify(`Ignored link parameters that were not valid: ${this.url.dropped.join(', ')}.`);
    }
  }

  /** Tells the user something once (the same message is not repeated). */
  notify(message: string): void {
    if (!this.notices.includes(message)) this.notices.push(message);
  }

  get view(): ViewName {
    return this.url.state.view;
  }
  set view(v: ViewName) {
    this.url.state.view = v;
  }

  /** The filter every view applies: the brushed days (inclusive) and chosen submolts. */
  get filter(): DataFilter {
    // In order even if the state is not (a range ending before it starts draws negative widths).
    return { range: dayRange(this.url.state, DAY_MS), submolts: this.url.state.submolt };
  }

  /** Sets the date filter from a brushed range, snapped to whole UTC days. */
  setRange(range: [number, number] | null): void {
    if (!range) {
      this.url.state.from = null;
      this.url.state.to = null;
      return;
    }
    this.url.state.from = Math.floor(range[0] / DAY_MS) * DAY_MS;
    this.url.state.to = Math.floor((range[1] - 1) / DAY_MS) * DAY_MS;
  }

  setSubmolts(names: string[]): void {
    this.url.state.submolt = names;
  }

  /** Loads what the link names: a URL, a bundled dataset id, or the default. */
  async openFromUrl(): Promise<void> {
    const { data, ds } = this.url.state;
    if (data) {
      // Data on another origin is fetched only once the reader says so (TrustPrompt.svelte).
      if (!mayFetch(data, location.origin)) {
        this.trustPending = { url: data, origin: originOf(data) ?? data };
        return;
      }
      await this.#peekFirst(data);
      const ok = await this.dataset.load({ kind: 'url', url: data }, { url: data });
      if (ok && this.dataset.current) this.recent = rememberRecent(data, this.dataset.current.manifest.name);
      return;
    }
    if (!this.dataset.catalog.length) await this.dataset.loadCatalog(this.base);
    const entry = this.dataset.catalog.find((e) => e.id === ds) ?? this.dataset.catalog[0];
    if (ds && entry?.id !== ds)
      this.notify(`No bundled dataset is called "${ds}"; opened the default instead.`);
    if (!entry) {
      this.dataset.error = {
        kind: 'engine',
        message: 'No bundled dataset was found (data/index.json).',
        detail: null,
      };
      return;
    }
    await this.openBundled(entry.id);
  }

  /**
   * Reads the folder's manifest and stored answers before the engine starts: on a slow line the
   * engine's 35 MB would otherwise share the bandwidth with these few kilobytes and hold back the
   * first paint. Waits at most PEEK_WAIT_MS, so a slow or absent file costs the engine little.
   */
  #peekFirst(folder: string): Promise<void> {
    return Promise.race([this.dataset.peek(folder), new Promise<void>((r) => setTimeout(r, PEEK_WAIT_MS))]);
  }

  async openBundled(id: string): Promise<void> {
    const entry = this.dataset.catalog.find((e) => e.id === id);
    if (!entry) return;
    const url = new URL(`${this.base}data/${entry.path}`, location.href).href;
    await this.#peekFirst(url);
    const ok = await this.dataset.load({ kind: 'url', url }, { id });
    if (ok) {
      // Named even when it is the default: the default may change, a shared link must not.
      this.url.state.ds = id;
      this.url.state.data = '';
    }
  }

  async openFiles(files: File[]): Promise<void> {
    const ok = await this.dataset.load(
      { kind: 'files', files },
      { files: files.map((f) => f.name).join(', ') },
    );
    if (ok) {
      this.notify('Local files cannot be put in a link: a shared link will open the default dataset.');
    }
  }

  /** Opening a URL reloads the page with ?data=…, so the security policy can allow that one origin. */
  openUrl(url: string): void {
    // The reader typed or picked this URL: its origin needs no second question after the reload.
    trustOrigin(url);
    location.assign(this.linkTo({ data: url }));
  }

  /** The reader chose Open in the trust prompt: remember the origin and fetch. */
  acceptPendingOrigin(): Promise<void> {
    if (!this.trustPending) return Promise.resolve();
    trustOrigin(this.trustPending.url);
    this.trustPending = null;
    return this.openFromUrl();
  }

  /** The reader chose Cancel: nothing is fetched from there; the default dataset opens instead. */
  declinePendingOrigin(): Promise<void> {
    if (!this.trustPending) return Promise.resolve();
    this.notify(`Did not open the data from ${this.trustPending.origin}: the link's data was not fetched.`);
    this.trustPending = null;
    this.url.state.data = '';
    return this.openFromUrl();
  }

  /** A link to this app with the given parameters (and nothing else). */
  linkTo(params: Record<string, string>): string {
    const u = new URL(location.href);
    u.search = new URLSearchParams(params).toString();
    u.hash = '';
    return u.href;
  }

  /** The current view as a full link, with or without embed mode. */
  permalink(embed: boolean): string {
    const u = new URL(location.href);
    const params = new URLSearchParams(this.url.search);
    if (embed) params.set('embed', '1');
    else params.delete('embed');
    u.search = params.toString();
    return u.href;
  }
}

const KEY = Symbol('app');
export const setApp = (app: AppState) => setContext(KEY, app);
export const getApp = () => getContext<AppState>(KEY);
