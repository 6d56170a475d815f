/** How one result cell reads in the grid: numbers grouped only when integral, lists as JSON. */
export function cellText(v: unknown, type: string): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') {
    if (/^Timestamp/.test(type)) return new Date(v).toISOString().replace('T', ' ').replace('.000Z', 'Z');
    if (/^Date/.test(type)) return new Date(v).toISOString().slice(0, 10);
    return String(v);
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}
