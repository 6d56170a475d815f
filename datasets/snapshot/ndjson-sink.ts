import { closeSync, openSync, writeSync } from 'node:fs';

/** Append-only newline-delimited JSON file with a large write buffer; keeps memory flat. */
export class NdjsonSink {
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  rows = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(row: object): void {
    const line = JSON.stringify(row);
    this.buffer.push(line);
    this.buffered += line.length;
    this.rows++;
    if (this.buffered > 4_000_000) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
    this.buffered = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
