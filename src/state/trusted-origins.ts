/**
 * Origins the reader has agreed to fetch data from, remembered in this browser (localStorage).
 * A link's `?data=` on another origin is fetched only once the reader has said yes to that origin
 * (see TrustPrompt.svelte): following a link must not make the browser call a server the reader
 * did not choose. Nothing here leaves the browser.
 */
const KEY = 'moltscope-trusted-origins';
const MAX = 50;

/** The origin a data URL would be fetched from; null for anything but http(s). */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

export function trustedOrigins(): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter((o): o is string => typeof o === 'string') : [];
  } catch {
    return [];
  }
}

/** True when `url` may be fetched without asking: the site's own origin or one opened before. */
export function mayFetch(url: string, siteOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && (origin === siteOrigin || trustedOrigins().includes(origin));
}

/** Remembers that the reader chose to open data from `url`'s origin. */
export function trustOrigin(url: string): void {
  const origin = originOf(url);
  if (!origin) return;
  const next = [origin, ...trustedOrigins().filter((o) => o !== origin)].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    /* storage full or disabled: the reader will be asked again next time */
  }
}
