/**
 * Datasets the user opened by URL, remembered in this browser (localStorage) so they can be
 * reopened from the picker. Only http(s) URLs and their names are kept; nothing leaves the browser.
 */
export interface RecentDataset {
  url: string;
  name: string;
  openedAt: number;
}

const KEY = 'moltscope-recent-datasets';
const MAX = 8;

export function readRecent(): RecentDataset[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw
      .filter(
        (r): r is RecentDataset =>
          typeof r?.url === 'string' &&
          /^https?:\/\//.test(r.url) &&
          typeof r.name === 'string' &&
          typeof r.openedAt === 'number',
      )
      .slice(0, MAX);
  } catch {
    return [];
  }
}

export function rememberRecent(url: string, name: string): RecentDataset[] {
  const next = [
    { url, name: name.slice(0, 200), openedAt: Date.now() },
    ...readRecent().filter((r) => r.url !== url),
  ].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    /* storage full or disabled: the list lasts for this page only */
  }
  return next;
}
