/**
 * Sentences are built from the numbers, never written for a dataset: the same rule on other numbers
 * gives another sentence that contains those numbers, and the rule files name no dataset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { driftVerdict } from '../../../src/core/findings/drift.ts';
import { feedbackVerdict } from '../../../src/core/findings/feedback.ts';
import { count, fixed, percent, signed } from '../../../src/core/findings/format.ts';
import { inequalityVerdict } from '../../../src/core/findings/inequality.ts';
import { influenceVerdict } from '../../../src/core/findings/influence.ts';
import { persistenceVerdict } from '../../../src/core/findings/persistence.ts';
import { reciprocityVerdict } from '../../../src/core/findings/reciprocity.ts';
import { convergenceVerdict } from '../../../src/core/findings/convergence.ts';
import { INEQUALITY_DEFAULTS } from '../../../src/core/metrics/inequality.ts';
import { RECIPROCITY_DEFAULTS } from '../../../src/core/metrics/reciprocity.ts';
import {
  driftResult,
  feedbackResult,
  influenceResult,
  interval,
  persistenceResult,
  stabilizationResult,
} from './fixtures.ts';

describe('sentences carry the numbers they rest on', () => {
  it('influence: different numbers, different sentences, each with its numbers', () => {
    const a = influenceVerdict(influenceResult(interval(1234, 0.031, 0.022, 0.04)));
    const b = influenceVerdict(influenceResult(interval(5678, 0.047, 0.029, 0.061)));
    expect(a.verdict).toBe(b.verdict);
    expect(a.sentence).not.toBe(b.sentence);
    for (const [v, n, m, lo, hi] of [
      [a, 1234, 0.031, 0.022, 0.04],
      [b, 5678, 0.047, 0.029, 0.061],
    ] as const) {
      expect(v.sentence).toContain(count(n));
      expect(v.sentence).toContain(signed(m, 3));
      expect(v.sentence).toContain(fixed(lo, 3));
      expect(v.sentence).toContain(fixed(hi, 3));
      expect(v.value).toBe(m);
      expect(v.interval).toMatchObject({ lo, hi, level: 0.99 });
      expect(v.evidence.events).toBe(n);
    }
    // The evidence count in a not-enough-data sentence is the one in the result.
    expect(influenceVerdict(influenceResult(interval(17, 0.1, 0.05, 0.2))).sentence).toContain('Only 17 ');
  });

  it('feedback and drift: the medians, intervals and agent counts appear', () => {
    const f = feedbackVerdict(feedbackResult(interval(77, -0.0042, -0.0111, 0.0063)));
    expect(f.sentence).toContain(signed(-0.0042, 3));
    expect(f.sentence).toContain(fixed(-0.0111, 3));
    expect(f.sentence).toContain('77 agents');
    const d1 = driftVerdict(driftResult(64, [0.31, 0.2, 0.22], [0.02, -0.01, 0.01]));
    const d2 = driftVerdict(driftResult(91, [0.27, 0.2, 0.22], [0.02, -0.01, 0.01]));
    expect(d1.sentence).not.toBe(d2.sentence);
    expect(d1.sentence).toContain('0.310');
    expect(d2.sentence).toContain('91 agents');
  });

  it('persistence, convergence and the network facts', () => {
    const p = persistenceVerdict(persistenceResult(Array(8).fill(500), [null, 4, 4, 4, 4, 0, 6, 4]));
    expect(p.sentence).toContain('4 of the previous');
    expect(p.sentence).toContain('6 of 7 pairs');
    const counts = Array(6).fill(300);
    const band = { p05: [null, 0.9, 0.9, 0.9, 0.9, 0.9], p95: [null, 0.95, 0.95, 0.95, 0.95, 0.95] };
    const c = convergenceVerdict(stabilizationResult(counts, [null, 0.8, 0.85, 0.917, 0.921, 0.934], band));
    expect(c.sentence).toContain(fixed(0.921, 3));
    expect(c.sentence).toContain('3 of the last 3');
    const r = reciprocityVerdict({
      params: RECIPROCITY_DEFAULTS,
      pairs: 12_345,
      reciprocated: 321,
      reciprocity: 321 / 12_345,
    });
    expect(r.sentence).toContain(percent(321 / 12_345));
    expect(r.sentence).toContain('12,345');
    const g = inequalityVerdict({
      params: INEQUALITY_DEFAULTS,
      agents: 4321,
      upvoteGini: 0.876,
      postGini: 0.543,
    });
    expect(g.sentence).toContain('0.876');
    expect(g.sentence).toContain('0.543');
    expect(g.sentence).toContain('4,321');
  });
});

describe('no sentence is written for a dataset', () => {
  const dir = fileURLToPath(new URL('../../../src/core/findings/', import.meta.url));
  it('the rule files name no bundled dataset and hold no dataset-specific figure', () => {
    // Names and figures of the bundled snapshots (inert: 4,641 influence events; socializing: 5,295;
    // real sample: 1,720 posts, 105 comments).
    const banned = [
      /inert/i,
      /sociali[sz]ing/i,
      /real[- ]sample/i,
      /synthetic/i,
      /4,?641/,
      /5,?295/,
      /1,?720/,
    ];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const text = readFileSync(dir + f, 'utf8');
      for (const b of banned) expect(text, `${f} matches ${b}`).not.toMatch(b);
    }
  });
});
