import { describe, expect, it } from 'vitest';
import { LatestRun, type RunOutcome } from '../../../src/state/latest-run';

/** A run whose promise the test settles by hand. */
function controlled() {
  const sent: { args: number; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const settled: RunOutcome<string>[] = [];
  const runs = new LatestRun<number, string>(
    (args) => new Promise((resolve, reject) => sent.push({ args, resolve, reject })),
    (o) => settled.push(o),
  );
  return { runs, sent, settled };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('LatestRun', () => {
  it('runs a lone request and reports it', async () => {
    const { runs, sent, settled } = controlled();
    runs.request(1);
    expect(sent.map((s) => s.args)).toEqual([1]);
    sent[0].resolve('one');
    await flush();
    expect(settled).toEqual([{ ok: true, value: 'one' }]);
  });

  it('sends only the newest of the requests made while one is in flight, and reports only it', async () => {
    const { runs, sent, settled } = controlled();
    runs.request(1);
    for (let i = 2; i <= 100; i++) runs.request(i);
    expect(sent.map((s) => s.args)).toEqual([1]);
    sent[0].resolve('one');
    await flush();
    expect(sent.map((s) => s.args)).toEqual([1, 100]);
    expect(settled).toEqual([]); // the first answer is stale: nobody sees it
    sent[1].resolve('hundred');
    await flush();
    expect(settled).toEqual([{ ok: true, value: 'hundred' }]);
  });

  it('a failed stale run does not stop the newest; a failed newest run is reported', async () => {
    const { runs, sent, settled } = controlled();
    runs.request(1);
    runs.request(2);
    sent[0].reject(new Error('stale failure'));
    await flush();
    expect(sent.map((s) => s.args)).toEqual([1, 2]);
    sent[1].reject(new Error('newest failure'));
    await flush();
    expect(settled).toHaveLength(1);
    expect(settled[0].ok).toBe(false);
    expect((settled[0] as { error: Error }).error.message).toBe('newest failure');
  });

  it('a run that throws before returning a promise is reported as a failure', async () => {
    const settled: RunOutcome<string>[] = [];
    const runs = new LatestRun<number, string>(
      () => {
        throw new Error('sync');
      },
      (o) => settled.push(o),
    );
    runs.request(1);
    await flush();
    expect(settled[0].ok).toBe(false);
    runs.request(2); // not stuck in flight
    await flush();
    expect(settled).toHaveLength(2);
  });

  it('after an answer, the next request is sent at once', async () => {
    const { runs, sent } = controlled();
    runs.request(1);
    sent[0].resolve('one');
    await flush();
    runs.request(2);
    expect(sent.map((s) => s.args)).toEqual([1, 2]);
  });
});
