/** Display formats. Numbers that users quote are shown exactly (grouped), never abbreviated. */
const grouped = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return grouped.format(n);
}

export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return 'an unknown size';
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

export function formatPercent(x: number, digits = 1): string {
  return `${(x * 100).toFixed(digits)}%`;
}

export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
