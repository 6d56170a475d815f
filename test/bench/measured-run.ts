/**
 * Runs a command as a child process under GNU time (`/usr/bin/time -v`) and reports what a
 * benchmark line needs: wall time, peak resident memory (the largest single process of the tree,
 * as getrusage reports it), exit status, the end of stderr when it failed, and the load average at
 * start and end (the machine is shared, so a figure without it cannot be compared).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MeasuredRun {
  command: string;
  exitStatus: number;
  wallMs: number;
  /** "Maximum resident set size", bytes; NaN when time gave none (e.g. the command was killed). */
  peakRssBytes: number;
  /** /proc/loadavg's 1, 5 and 15-minute figures when the run started and when it ended. */
  loadStart: string;
  loadEnd: string;
  /** The last lines of the command's stderr (for a failure's line). */
  stderrTail: string[];
}

const STDERR_TAIL_LINES = 8;

export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Wall time as GNU time prints it: "h:mm:ss" or "m:ss.ss". */
export function parseElapsed(text: string): number {
  const parts = text.trim().split(':').map(Number);
  return parts.reduce((acc, x) => acc * 60 + x, 0) * 1000;
}

/** The figures of a `time -v` report. */
export function parseTimeReport(report: string): { wallMs: number; peakRssBytes: number } {
  const field = (name: string) => new RegExp(`^\\s*${name}: (.*)$`, 'm').exec(report)?.[1];
  const rss = field('Maximum resident set size \\(kbytes\\)');
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)');
  return {
    wallMs: wall === undefined ? NaN : parseElapsed(wall),
    peakRssBytes: rss === undefined ? NaN : Number(rss) * 1024,
  };
}

/** Runs `argv` under `/usr/bin/time -v` in `cwd`, stdout discarded, stderr kept (its tail). */
export async function measuredRun(argv: string[], cwd: string): Promise<MeasuredRun> {
  const dir = mkdtempSync(join(tmpdir(), 'moltscope-measured-'));
  const timeFile = join(dir, 'time.txt');
  const loadStart = loadAverage();
  const started = performance.now();
  let stderr = '';
  const status = await new Promise<number>((done, fail) => {
    const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, ...argv], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.setEncoding('utf8');
    // Only the tail is reported; keep a bounded window of a chatty progress stream.
    child.stderr.on('data', (s: string) => (stderr = (stderr + s).slice(-64_000)));
    child.on('error', fail);
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
  const wallFallback = performance.now() - started;
  const loadEnd = loadAverage();
  let report = '';
  try {
    report = readFileSync(timeFile, 'utf8');
  } catch {
    /* time wrote nothing: the figures below stay NaN */
  }
  rmSync(dir, { recursive: true, force: true });
  const figures = parseTimeReport(report);
  return {
    command: argv.join(' '),
    // time exits with the command's status (128 + signal when it was killed).
    exitStatus: status,
    wallMs: Number.isNaN(figures.wallMs) ? wallFallback : figures.wallMs,
    peakRssBytes: figures.peakRssBytes,
    loadStart,
    loadEnd,
    stderrTail: stderr
      .split(/\r?\n|\r/)
      .map((l) => l.trimEnd())
      .filter((l) => l !== '')
      .slice(-STDERR_TAIL_LINES),
  };
}
