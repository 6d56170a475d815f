import { decodeState, encodeState, type ParamSpec } from './url-codec';

/**
 * Keeps a state object and the address bar in step: read once at start, written only when the
 * encoded state actually changed (never for defaults). A change of one of the `entryKeys` (the app
 * passes the view) is a new history entry, so Back returns to it; any other change replaces the entry.
 */
export class UrlSync<S extends object> {
  state: S;
  /** Parameters that were in the link but could not be used. */
  dropped = $state<string[]>([]);
  #spec: ParamSpec<S>;
  #entryKeys: readonly (keyof S)[];
  /** Whether a new entry may be pushed (an embedded page must not fill its host page's history). */
  #mayPush: () => boolean;
  #last = '';
  /** The entry keys' values in the current history entry. */
  #entry = '';

  constructor(
    spec: ParamSpec<S>,
    search: string,
    entryKeys: readonly (keyof S)[] = [],
    mayPush: () => boolean = () => true,
  ) {
    this.#spec = spec;
    this.#entryKeys = entryKeys;
    this.#mayPush = mayPush;
    const { state, dropped } = decodeState(search, spec);
    this.state = $state(state);
    this.dropped = dropped;
    this.#last = encodeState(state, spec);
    this.#entry = this.#entryOf(state);
  }

  /**
   * Replaces the whole state by a link's, as the constructor does (absent parameters: defaults).
   * `fromAddressBar`: the link is what the address bar holds (Back, Forward), so the next write
   * only tidies that entry.
   */
  read(search: string, { fromAddressBar = false } = {}): void {
    const { state, dropped } = decodeState(search, this.#spec);
    Object.assign(this.state, state);
    this.dropped = dropped;
    this.#entry = this.#entryOf(state);
    if (fromAddressBar) this.#last = search;
  }

  #entryOf(state: S): string {
    return JSON.stringify(this.#entryKeys.map((k) => state[k]));
  }

  /** The current state as a query string ("" when everything is default). */
  get search(): string {
    return encodeState(this.state, this.#spec);
  }

  /** Writes the address bar if the state changed since the last write. */
  write(): void {
    const next = this.search;
    if (next === this.#last) return;
    this.#last = next;
    const url = `${location.pathname}${next}${location.hash}`;
    const entry = this.#entryOf(this.state);
    if (entry !== this.#entry && this.#mayPush()) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
    this.#entry = entry;
  }
}
