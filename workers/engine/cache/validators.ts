/**
 * What an HTTP server says about a file's version: enough to tell, without downloading it, that the
 * copy in this browser's cache is still the file at that URL.
 */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
  length: number | null;
}

export function validatorsFrom(headers: Headers): Validators {
  const length = Number(headers.get('content-length'));
  return {
    etag: headers.get('etag'),
    lastModified: headers.get('last-modified'),
    length: headers.has('content-length') && Number.isFinite(length) && length >= 0 ? length : null,
  };
}

/**
 * A file is cached only when the server names its version (ETag or Last-Modified). A length alone
 * would serve a rewritten file of the same size stale, so such files are always downloaded.
 */
export function cacheable(v: Validators): boolean {
  return v.etag !== null || v.lastModified !== null;
}

/** Same version: every validator the server sent then must be sent now, unchanged. */
export function sameValidators(saved: Validators, now: Validators): boolean {
  return saved.etag === now.etag && saved.lastModified === now.lastModified && saved.length === now.length;
}
