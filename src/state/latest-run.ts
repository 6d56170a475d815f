/** How a run ended: its value, or what it threw. */
export type RunOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs requests one at a time, newest first: while one is in flight, later requests replace each
 * other and only the newest is sent when it ends; only the newest request's outcome is reported.
 * A brushed range, a slider dragged across days or a burst of links thus costs the engine at most
 * two runs, not one per step that nobody will see (the engine cannot abandon a query it started).
 */
export class LatestRun<A, R> {
  #run: (args: A) => Promise<R>;
  #settle: (outcome: RunOutcome<R>) => void;
  #inFlight = false;
  #next: A | null = null;
  #hasNext = false;
  #seq = 0;

  constructor(run: (args: A) => Promise<R>, settle: (outcome: RunOutcome<R>) => void) {
    this.#run = run;
    this.#settle = settle;
  }

  request(args: A): void {
    this.#seq++;
    if (this.#inFlight) {
      this.#next = args;
      this.#hasNext = true;
      return;
    }
    this.#start(args);
  }

  #start(args: A): void {
    this.#inFlight = true;
    const seq = this.#seq;
    let started: Promise<R>;
    try {
      started = this.#run(args);
    } catch (error) {
      started = Promise.reject(error);
    }
    started.then(
      (value) => this.#done(seq, { ok: true, value }),
      (error: unknown) => this.#done(seq, { ok: false, error }),
    );
  }

  #done(seq: number, outcome: RunOutcome<R>): void {
    this.#inFlight = false;
    if (this.#hasNext) {
      const next = this.#next as A;
      this.#next = null;
      this.#hasNext = false;
      this.#start(next);
      return;
    }
    if (seq === this.#seq) this.#settle(outcome);
  }
}
