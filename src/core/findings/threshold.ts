/**
 * A rule's threshold as data: its value with the reason for that value, so the Methods page states
 * it from the same object the rule reads (one source), and a change of value changes both.
 */
export interface Threshold {
  /** Short plain name, as the Methods page lists it. */
  label: string;
  value: number;
  /** Unit or what is counted ("posts per day", "cosine"). */
  unit: string;
  /** Why this value. */
  why: string;
}

export function threshold(label: string, value: number, unit: string, why: string): Threshold {
  return { label, value, unit, why };
}
