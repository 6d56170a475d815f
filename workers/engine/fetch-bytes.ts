import { SnapshotError } from '../../src/core/snapshot/errors';

const MiB = 1024 ** 2;
const fmtMiB = (n: number) => `${(n / MiB).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`;

/**
 * Downloads a URL into memory, reporting bytes as they arrive, and stops when the signal aborts.
 * A missing or unreachable file becomes a SnapshotError that names it. At most `maxBytes` are
 * taken, counted after the browser has undone any Content-Encoding: a 4 MB gzip response can
 * decode to 4 GiB, so the cap applies to what lands in memory, not to what travels.
 */
export async function fetchBytes(
  url: string,
  file: string,
  signal: AbortSignal,
  onBytes: (done: number, total: number | null) => void,
  maxBytes: number = Infinity,
): Promise<Uint8Array> {
  let res: Response;
  try {
    // no-store: never mix a cached byte range of this file into the whole download.
    res = await fetch(url, { signal, credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new SnapshotError({ file, message: `${file}: could not be downloaded (${String(e)}).` });
  }
  if (!res.ok) {
    throw new SnapshotError({
      file,
      found: `HTTP ${res.status}`,
      message: `${file}: the server answered HTTP ${res.status}.`,
    });
  }
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const tooBig = () =>
    new SnapshotError({
      file,
      expected: `at most ${fmtMiB(maxBytes)}`,
      found: `more than ${fmtMiB(maxBytes)}`,
      message: `${file}: the download stopped at ${fmtMiB(maxBytes)}, the most this tab takes for one file (its memory budget; compressed responses are counted as they unpack). Open a smaller file or a subset.`,
    });
  // Uncompressed and announced too big: refuse before a byte arrives.
  if (total !== null && total > maxBytes && !res.headers.get('content-encoding')) {
    await res.body?.cancel().catch(() => undefined);
    throw tooBig();
  }
  if (!res.body) {
    const whole = new Uint8Array(await res.arrayBuffer());
    if (whole.byteLength > maxBytes) throw tooBig();
    return whole;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    done += value.byteLength;
    if (done > maxBytes) {
      // Stop the stream (and the decompression behind it) and let go of what arrived.
      chunks.length = 0;
      await reader.cancel().catch(() => undefined);
      throw tooBig();
    }
    chunks.push(value);
    onBytes(done, total);
  }
  const out = new Uint8Array(done);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
