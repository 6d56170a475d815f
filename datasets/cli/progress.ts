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
