/** The findings' tables are complete and consistent: one source for the rules and the Methods page. */
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_IDS } from '../../../src/core/diagnostics.ts';
import { FINDINGS, JUDGES, MIN_EVIDENCE, PUBLISHED, belowMinimum } from '../../../src/core/findings/index.ts';
import { MIN_ITEMS_PER_DAY } from '../../../src/core/findings/min-evidence.ts';

describe('findings tables', () => {
  it('every finding has a rule, a judge on the same diagnostic and a published value with a source', () => {
    const ids = FINDINGS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(Object.keys(JUDGES).sort());
    for (const f of FINDINGS) {
      expect(JUDGES[f.id].diagnostic).toBe(f.diagnostic);
      expect(f.published).toBe(PUBLISHED[f.id]);
      expect(f.published.source).toMatch(/arXiv \d{4}\.\d{5}/);
      expect(f.rule.length).toBeGreaterThan(40);
    }
  });

  it('every threshold value a rule uses is stated in its rule sentence', () => {
    for (const f of FINDINGS) {
      expect(f.thresholds.length).toBeGreaterThan(0);
      // Every minimum-evidence and effect threshold is named by value in the rule (the top-k size
      // and the converged share appear as "top 10" and "50%").
      for (const t of f.thresholds) {
        const shown = [String(t.value), `${100 * t.value}%`];
        expect(
          shown.some((s) => f.rule.includes(s)),
          `${f.id}: ${t.label}`,
        ).toBe(true);
        expect(t.why.length).toBeGreaterThan(30);
      }
    }
  });

  it('minimum evidence is stated for every diagnostic', () => {
    for (const id of DIAGNOSTIC_IDS) expect(MIN_EVIDENCE[id], id).toBeDefined();
    for (const id of DIAGNOSTIC_IDS.filter((d) => d !== 'datasetSummary'))
      expect(MIN_EVIDENCE[id].length, id).toBeGreaterThan(0);
    expect(belowMinimum(MIN_ITEMS_PER_DAY, MIN_ITEMS_PER_DAY.value - 1)).toBe(true);
    expect(belowMinimum(MIN_ITEMS_PER_DAY, MIN_ITEMS_PER_DAY.value)).toBe(false);
    expect(belowMinimum(MIN_ITEMS_PER_DAY, NaN)).toBe(true);
  });
});
