/**
 * The connection part of the Content Security Policy, decided once at start-up: the site itself
 * and, when the link names a dataset URL, that URL's origin. A second policy can only narrow the
 * first, so index.html leaves connect-src to this one (default-src 'self' still applies to all
 * else). Opening another URL later reloads the page, which makes a new policy.
 */
export function installConnectPolicy(search: string): void {
  const sources = ["'self'"];
  const data = new URLSearchParams(search).get('data');
  if (data) {
    try {
      const u = new URL(data);
      if (u.protocol === 'https:' || u.protocol === 'http:') sources.push(u.origin);
    } catch {
      /* an invalid URL is dropped with a notice by the permalink parser */
    }
  }
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src ${sources.join(' ')}`;
  document.head.appendChild(meta);
}
