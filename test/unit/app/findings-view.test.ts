import { describe, expect, it } from 'vitest';
import { FINDINGS, VERDICT_KINDS, type Verdict } from '../../../src/core/findings/index';
import { cardChart } from '../../../src/views/findings/card-charts';
import { FULL_VIEW, cardLink, viewLink } from '../../../src/views/findings/links';
import { VIEWS } from '../../../src/state/permalink';

describe('findings view links', () => {
  it('keeps dataset and filter, drops other views’ parameters', () => {
    const search =
      '?view=findings&ds=real-sample&from=2026-01-29&submolt=general&nw_day=2026-01-30&fd_card=drift';
    const p = new URLSearchParams(viewLink(search, 'network'));
    expect(p.get('view')).toBe('network');
    expect(p.get('ds')).toBe('real-sample');
    expect(p.get('from')).toBe('2026-01-29');
    expect(p.get('submolt')).toBe('general');
    expect(p.has('nw_day')).toBe(false);
    expect(p.has('fd_card')).toBe(false);
  });

  it('a card link names the card by parameter and anchor', () => {
    expect(cardLink('?ds=x', 'influence')).toBe('?ds=x&view=findings&fd_card=influence#finding-influence');
  });

  it('every finding links to a view that exists; Findings is the first tab', () => {
    for (const f of FINDINGS) expect(VIEWS).toContain(FULL_VIEW[f.id].view);
    expect(VIEWS[0]).toBe('findings');
  });

  it('a card without its result draws no chart', () => {
    for (const f of FINDINGS) {
      const v: Verdict = {
        finding: f.id,
        question: f.question,
        verdict: VERDICT_KINDS[5],
        sentence: '',
        value: null,
        interval: null,
        evidence: {},
        rule: f.rule,
      };
      expect(cardChart(f.id, v, {})).toBeNull();
    }
  });
});
