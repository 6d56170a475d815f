/**
 * Reading a JSON Lines file in JavaScript without holding it: its first lines as a sample, every
 * line one at a time, and a count of its non-blank lines (to count those DuckDB skipped).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Lines sampled to recognise a layout: enough to meet fields that are null in the first few. */
export const SAMPLE_LINES = 1000;
const SAMPLE_BYTES = 8 * 1024 * 1024;

export interface JsonlSample {
  /** Lines that parsed as JSON objects. */
  objects: Record<string, unknown>[];
  /** Lines read that did not parse. */
  broken: number;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Yields each non-blank line with its line number. */
export async function* jsonlLines(path: string): AsyncGenerator<{ line: string; lineNo: number }> {
  const input = createReadStream(path, 'utf8');
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      if (line.trim() !== '') yield { line, lineNo };
    }
  } finally {
    // A reader that stops early (the sample) must not leave the file open.
    rl.close();
    input.destroy();
  }
}

/** The first lines of the file, parsed. */
export async function sampleJsonl(path: string): Promise<JsonlSample> {
  const sample: JsonlSample = { objects: [], broken: 0 };
  let bytes = 0;
  let seen = 0;
  for await (const { line } of jsonlLines(path)) {
    try {
      const o: unknown = JSON.parse(line);
      if (isObject(o)) sample.objects.push(o);
      else sample.broken++;
    } catch {
      sample.broken++;
    }
    bytes += line.length;
    if (++seen >= SAMPLE_LINES || bytes >= SAMPLE_BYTES) break;
  }
  return sample;
}

/** Non-blank lines of the file, counted from its bytes (flat memory on files of any size). */
export async function countJsonlLines(path: string): Promise<number> {
  let count = 0;
  // True until the current line shows a character that is not blank.
  let blank = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let pos = 0;
    while (pos < chunk.length) {
      if (blank) {
        const b = chunk[pos];
        if (b === 0x0a || b === 0x20 || b === 0x09 || b === 0x0d) {
          pos++;
          continue;
        }
        blank = false;
      }
      // Within a line that has content: jump to its end.
      const nl = chunk.indexOf(0x0a, pos);
      if (nl < 0) break;
      count++;
      blank = true;
      pos = nl + 1;
    }
  }
  return blank ? count : count + 1;
}
