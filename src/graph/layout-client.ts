/**
 * The page's side of the layout worker: one worker per network view, requests answered in order.
 * A caller that no longer wants an answer simply ignores it (the view keeps only the newest).
 */
import type { LayoutReply, LayoutRequest, LayoutResult } from '../core/layout-protocol';

export class LayoutClient {
  #worker: Worker;
  #next = 1;
  #pending = new Map<number, { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }>();

  constructor() {
    this.#worker = new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'layout',
    });
    this.#worker.onmessage = (ev: MessageEvent<LayoutReply>) => {
      const r = ev.data;
      const id = r.ok ? r.result.id : r.id;
      const p = this.#pending.get(id);
      this.#pending.delete(id);
      if (!p) return;
      if (r.ok) p.resolve(r.result);
      else p.reject(new Error(r.message));
    };
    this.#worker.onerror = (ev) => {
      for (const p of this.#pending.values()) p.reject(new Error(ev.message || 'the layout worker stopped'));
      this.#pending.clear();
    };
  }

  layout(req: Omit<LayoutRequest, 'id'>): Promise<LayoutResult> {
    const id = this.#next++;
    const full: LayoutRequest = { ...req, id };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage(full, [full.src.buffer, full.dst.buffer, full.weight.buffer]);
    });
  }

  terminate(): void {
    this.#worker.terminate();
    for (const p of this.#pending.values()) p.reject(new Error('layout stopped'));
    this.#pending.clear();
  }
}
