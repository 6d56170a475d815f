import { validatorsFrom, type Validators } from './validators';

/**
 * The version of a file on the server, from a HEAD request (no body travels). Null when the server
 * does not answer HEAD: such files are simply not cached.
 */
export async function headValidators(url: string, signal: AbortSignal): Promise<Validators | null> {
  try {
    // no-store: the browser's HTTP cache must not answer for the server.
    const res = await fetch(url, { method: 'HEAD', signal, credentials: 'omit', cache: 'no-store' });
    return res.ok ? validatorsFrom(res.headers) : null;
  } catch {
    return null;
  }
}
