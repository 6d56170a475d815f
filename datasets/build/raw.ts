/**
 * Hostile JSON, taken apart: the one object test the JSON readers share. Raw rows themselves live
 * in the staging tables (./stage/schema.ts), never in JavaScript arrays.
 */
export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
