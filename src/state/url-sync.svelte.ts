import { decodeState, encodeState, type ParamSpec } from './url-codec';

/**
 * Keeps a state object and the address bar in step: read once at start, written with
 * replaceState only when the encoded state actually changed (never for defaults).
 */
export class UrlSync<S extends object> {
  state: S;
  /** Parameters that were in the link but could not be used. */
  dropped = $state<string[]>([]);
  #spec: ParamSpec<S>;
  #last = '';

  constructor(spec: ParamSpec<S>, search: string) {
    this.#spec = spec;
    const { state, dropped } = decodeState(search, spec);
    this.state = $state(state);
    this.dropped = dropped;
    this.#last = encodeState(state, spec);
  }

  /** Replaces the whole state by a link's, as the constructor does (absent parameters: defaults). */
  read(search: string): void {
    const { state, dropped } = decodeState(search, this.#spec);
    Object.assign(this.state, state);
    this.dropped = dropped;
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
    history.replaceState(history.state, '', url);
  }
}
