import { SnapshotError } from '../../src/core/snapshot/errors';

/**
 * Downloads a URL into memory, reporting bytes as they arrive, and stops when the signal aborts.
 * A missing or unreachable file becomes a SnapshotError that names it.
 */
export async function fetchBytes(
  url: string,
  file: string,
  signal: AbortSignal,
  onBytes: (done: number, total: number | null) => void,
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
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    chunks.push(value);
    done += value.byteLength;
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
