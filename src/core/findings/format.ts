/**
 * Number formatting for verdict sentences: fixed rules, no locale lookup (the CLI and every browser
 * must write the same sentence), and a true minus sign.
 */

/** Fixed decimals with a true minus sign; "−0.000" never appears (it reads as a negative value). */
export function fixed(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  if (Number(s) === 0) return (0).toFixed(decimals);
  return s.replace('-', '−');
}

/** Signed value, "+0.028" or "−0.002": for differences, whose sign is the point. */
export function signed(x: number, decimals: number): string {
  const s = fixed(x, decimals);
  return x > 0 && Number(x.toFixed(decimals)) !== 0 ? `+${s}` : s;
}

/** A share as a percentage, "1.3%". */
export function percent(x: number, decimals = 1): string {
  return `${fixed(100 * x, decimals)}%`;
}

/** A count with thin thousands grouping by comma, "75,866". */
export function count(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `−${grouped}` : grouped;
}

/** "1 day" / "3 days". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** A count that may be a median of counts: "3", or "2.5" between two. */
export function amount(x: number): string {
  return Number.isInteger(x) ? count(x) : fixed(x, 1);
}

/** "No" for zero, else "Only 12": opens a not-enough-data sentence. */
export function only(n: number): string {
  return n === 0 ? 'No' : `Only ${count(n)}`;
}
