/**
 * The warm-start chain of the network view (issue #6): the whole range is laid out first from
 * seeded positions (the anchor); the first day starts from the anchor, each later day from the day
 * before. An agent missing from a day keeps the place it last had, so it returns there. Because the
 * chain always runs anchor → first day → … → d with a fixed seed and iteration counts, the picture
 * of day d is the same however it was reached: by playing, by stepping, or from a link.
 */
import { runLayout, type Positions } from './layout-job';
import type { LayoutRequest, LayoutResult, LayoutStep } from '../../src/core/layout-protocol';

export class LayoutChain {
  #key = '';
  #anchor: Positions | null = null;
  /** The last day laid out and where every agent seen so far was last placed. */
  #last: { step: LayoutStep; memory: Positions } | null = null;

  run(req: LayoutRequest): LayoutResult {
    if (req.chainKey !== this.#key) {
      this.#key = req.chainKey;
      this.#anchor = null;
      this.#last = null;
    }
    const start = this.#startOf(req.from);
    const { result, positions } = runLayout(req, start);
    const memory: Positions = new Map(start ?? []);
    for (const [name, p] of positions) memory.set(name, p);
    if (req.step === 'anchor') {
      this.#anchor = memory;
      this.#last = null;
    } else this.#last = { step: req.step, memory };
    return result;
  }

  #startOf(from: LayoutStep | null): Positions | null {
    if (from === null) return null;
    if (from === 'anchor' && this.#anchor) return this.#anchor;
    if (this.#last?.step === from) return this.#last.memory;
    // The page asks for the steps in order; anything else means this worker lost its state.
    throw new Error(
      `the layout of ${from === 'anchor' ? 'the whole range' : new Date(from).toISOString().slice(0, 10)} is not known here`,
    );
  }
}
