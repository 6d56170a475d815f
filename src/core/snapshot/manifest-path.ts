/**
 * Why a manifest's file path is refused, or null when it is a plain relative path inside the
 * manifest's folder. A manifest is data: on a host that serves many sites from one origin (GitHub
 * Pages serves all of an owner's sites from one), a path that climbs out of the folder would read
 * another site's files, so only paths that stay below the manifest are followed.
 */
export function unsafeManifestPath(path: string): string | null {
  if (path.length > 1024) return 'is longer than 1,024 characters';
  // Control characters (tabs, newlines) are dropped by URL parsing and could hide a "..".
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return 'contains control characters';
  }
  if (path.includes('\\')) return 'contains a backslash';
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return 'has a scheme (only paths beside the manifest are read)';
  if (path.startsWith('/')) return 'is absolute (only paths beside the manifest are read)';
  let decoded = path;
  // Decode repeatedly: "%252e%252e" is "%2e%2e" after one pass and ".." after two.
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return 'has a malformed percent-encoding';
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (decoded.includes('\\') || decoded.startsWith('/')) return 'leaves the manifest folder once decoded';
  const segments = decoded.split(/[?#]/)[0].split('/');
  if (segments.some((s) => s === '..' || s === '.'))
    return 'has "." or ".." segments (only paths below the manifest are read)';
  if (segments.some((s) => s === '')) return 'has an empty segment';
  return null;
}

/**
 * Resolves a checked manifest path against the manifest's URL and confirms the result still lies
 * in the manifest's folder (a second, independent check of what the browser will actually fetch).
 */
export function resolveInManifestFolder(path: string, manifestUrl: URL): URL | null {
  const folder = new URL('./', manifestUrl);
  const url = new URL(path, manifestUrl);
  if (url.origin !== folder.origin || !url.pathname.startsWith(folder.pathname)) return null;
  return url;
}
