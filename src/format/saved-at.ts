const minute = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** "22 Nov 2026 14:03 UTC": when a cache entry was saved, in the app's one time zone. */
export function formatSavedAt(ms: number): string {
  const parts = Object.fromEntries(minute.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute} UTC`;
}
