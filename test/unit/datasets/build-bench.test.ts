/**
 * The build benchmark's measuring side: GNU time's report is read right, a failing command is
 * reported as a failure with its exit status and the end of its stderr, and a success with its
 * figures and rows.
 */
import { describe, expect, it } from 'vitest';
import { roadLine } from '../../bench/build-scale.ts';
import { measuredRun, parseElapsed, parseTimeReport } from '../../bench/measured-run.ts';

const TIME_REPORT = `\tCommand being timed: "node x.js"
\tUser time (seconds): 12.50
\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03.50
\tMaximum resident set size (kbytes): 2097152
\tExit status: 0
`;

describe('GNU time figures', () => {
  it('reads wall time in both of its forms and peak RSS in bytes', () => {
    expect(parseElapsed('2:39.25')).toBe(159_250);
    expect(parseElapsed('1:02:03.50')).toBe(3_723_500);
    expect(parseTimeReport(TIME_REPORT)).toEqual({ wallMs: 3_723_500, peakRssBytes: 2 * 2 ** 30 });
    expect(parseTimeReport('').peakRssBytes).toBeNaN();
  });
});

describe('measuredRun and the road line', () => {
  it('reports a failing command as FAILED with its exit status and last stderr lines', async () => {
    const run = await measuredRun(
      ['node', '-e', 'for (let i = 0; i < 20; i++) console.error("line " + i); process.exit(3)'],
      process.cwd(),
    );
    expect(run.exitStatus).toBe(3);
    expect(run.stderrTail).toEqual(Array.from({ length: 8 }, (_, i) => `line ${i + 12}`));
    expect(run.peakRssBytes).toBeGreaterThan(1 << 20);
    expect(run.loadStart).toMatch(/^\d+\.\d+ \d+\.\d+ \d+\.\d+$/);
    const line = roadLine('jsonl road', run, null);
    expect(line).toMatch(
      /^- jsonl road: \*\*FAILED\*\* \(exit 3\) after \d+\.\d s, peak RSS \d+\.\d\d GiB; load /,
    );
    expect(line).toContain('    > line 19');
  }, 30_000);

  it('reports a success with its figures and the rows built', async () => {
    const run = await measuredRun(['node', '-e', '0'], process.cwd());
    expect(run.exitStatus).toBe(0);
    expect(roadLine('aicell', run, { posts: 290_251, comments: 1_836_711 })).toMatch(
      /^- aicell: \d+\.\d s, peak RSS \d+\.\d\d GiB, 290,251 posts \+ 1,836,711 comments built; load [\d. ]+ → [\d. ]+$/,
    );
  }, 30_000);
});
