/** A one-line progress bar on stderr; silent when stderr is not a terminal (CI logs stay clean). */
import { maxOf } from '../../src/core/bounded';
export class Progress {
  private last = 0;
  private readonly start = performance.now();
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(private readonly label: string) {}

  update(done: number, total: number): void {
    if (!this.tty) return;
    const now = performance.now();
    if (now - this.last < 100 && done < total) return;
    this.last = now;
    const share = total > 0 ? done / total : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const secs = ((now - this.start) / 1000).toFixed(1);
    process.stderr.write(
      `\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${secs}s`,
    );
  }

  done(message = ''): void {
    if (this.tty) process.stderr.write('\r\x1b[K');
    const secs = ((performance.now() - this.start) / 1000).toFixed(1);
    process.stderr.write(`${this.label}: done in ${secs}s${message ? ` — ${message}` : ''}\n`);
  }
}

/** A plain text table, for the summary printed at the end of every command. */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const widths = cells[0].map((_, i) =>
    maxOf(
      cells.map((r) => (r[i] ?? '').length),
      0,
    ),
  );
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

const rate = (n: number, secs: number): string =>
  `${Math.round(n / Math.max(secs, 1e-3)).toLocaleString('en-US')}/s`;

function clock(secs: number): string {
  const s = Math.max(0, Math.round(secs));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * Progress of a command in phases, on stderr: while a phase runs, rows done, rate and ETA (a line
 * redrawn on a terminal, one every 10 s otherwise); when it ends, its rows and time.
 */
export class PhaseProgress {
  private name: string | null = null;
  private total: number | null = null;
  private done = 0;
  private started = 0;
  private last = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(private readonly label: string) {}

  phase(name: string, total: number | null): void {
    this.end();
    this.name = name;
    this.total = total;
    this.done = 0;
    this.started = this.last = performance.now();
  }

  advance(done: number): void {
    this.done = done;
    const now = performance.now();
    if (now - this.last < (this.tty ? 200 : 10_000)) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    let line = `${this.label}: ${this.name} ${done.toLocaleString('en-US')}`;
    if (this.total !== null) line += `/${this.total.toLocaleString('en-US')}`;
    line += ` rows, ${rate(done, secs)}`;
    if (this.total !== null && done > 0) line += `, ETA ${clock(((this.total - done) * secs) / done)}`;
    process.stderr.write(this.tty ? `\r\x1b[K${line}` : `${line}\n`);
  }

  /** Ends the current phase (also called by the next one). */
  end(): void {
    if (this.name === null) return;
    const secs = (performance.now() - this.started) / 1000;
    const rows = this.done > 0 ? ` ${this.done.toLocaleString('en-US')} rows (${rate(this.done, secs)})` : '';
    process.stderr.write(
      `${this.tty ? '\r\x1b[K' : ''}${this.label}: ${this.name}${rows} in ${secs.toFixed(1)}s\n`,
    );
    this.name = null;
  }
}
