/**
 * The finding rules on the three bundled snapshots (#18 item 2): the inert society gives "not
 * detected" for influence and lasting influencers, the socializing one "detected", and the small
 * real sample "not enough data" where it has too little. Skips, with the reason in its title, only
 * when the committed snapshots are absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFrame } from '../../../datasets/lib/load-frame.ts';
import { FINDINGS, type FindingId, type Verdict } from '../../../src/core/findings/index.ts';
import { ANSWERS_FILE, parseAnswers, sameAnswer, storedVerdict } from '../../../src/core/findings/answers.ts';
import { computeAnswers } from '../../../src/core/findings/compute-answers.ts';

const DATA = fileURLToPath(new URL('../../../public/data', import.meta.url));
const dirs = {
  inert: join(DATA, 'synthetic-inert-small'),
  socializing: join(DATA, 'synthetic-socializing-small'),
  real: join(DATA, 'real-sample'),
};
const present = Object.values(dirs).every((d) => existsSync(join(d, 'posts.parquet')));
const title = present
  ? 'finding verdicts on the bundled snapshots'
  : 'finding verdicts: SKIPPED because public/data snapshots are absent';

type Verdicts = Record<FindingId, Verdict>;

describe.skipIf(!present)(title, () => {
  const verdicts = {} as Record<keyof typeof dirs, Verdicts>;
  beforeAll(async () => {
    for (const [name, dir] of Object.entries(dirs) as [keyof typeof dirs, string][]) {
      const { frame } = await loadFrame(dir, { texts: false });
      // The same computation that writes a snapshot's answers.json.
      const out = {} as Verdicts;
      for (const v of computeAnswers(frame, 'test').verdicts) out[v.finding] = v;
      verdicts[name] = out;
    }
  }, 180_000);

  it('inert: influence and lasting influencers not detected', () => {
    expect(verdicts.inert.influence.verdict).toBe('not detected');
    expect(verdicts.inert.persistence.verdict).toBe('not detected');
    expect(verdicts.inert.feedback.verdict).toBe('not detected');
    expect(verdicts.inert.drift.verdict).toBe('not detected');
  });

  it('socializing: influence and lasting influencers detected', () => {
    expect(verdicts.socializing.influence.verdict).toBe('detected');
    expect(verdicts.socializing.persistence.verdict).toBe('detected');
    expect(verdicts.socializing.feedback.verdict).toBe('detected');
    expect(verdicts.socializing.drift.verdict).toBe('detected');
    // The planted effects are positive: agents move toward what they read and what was rewarded.
    expect(verdicts.socializing.influence.interval!.lo).toBeGreaterThan(0);
    expect(verdicts.socializing.feedback.interval!.lo).toBeGreaterThan(0);
  });

  it('convergence: inert settles, socializing keeps moving beyond the permuted-days band', () => {
    // Recorded, not planted: the socializing society's planted drifts move the average post by
    // more than permuting days gives (0.991 against a band of 0.997–0.998 on the later days).
    expect(verdicts.inert.convergence.verdict).toBe('converges');
    expect(verdicts.socializing.convergence.verdict).toBe('does not converge');
  });

  it('real sample: not enough data where it has too little', () => {
    // 1,720 posts over 4 days (3 and 15 on the first two), 105 comments: no agent has 10 posts,
    // no comment event has windows, the day graphs hold at most 40 agents.
    for (const id of [
      'convergence',
      'drift',
      'feedback',
      'influence',
      'persistence',
      'reciprocity',
      'threadDepth',
      'replyIncidence',
    ] as const)
      expect(verdicts.real[id].verdict, id).toBe('not enough data');
    // 1,234 agents are enough for the inequality comparison.
    expect(verdicts.real.inequality.verdict).toBe('detected');
  });

  it('the answers differ where the data differ, and every answer says what it rests on', () => {
    for (const id of ['influence', 'persistence', 'feedback', 'drift'] as const)
      expect(verdicts.inert[id].sentence).not.toBe(verdicts.socializing[id].sentence);
    for (const v of Object.values(verdicts).flatMap((x) => Object.values(x))) {
      expect(v.sentence.length).toBeGreaterThan(20);
      expect(Object.keys(v.evidence).length).toBeGreaterThan(0);
      expect(v.rule).toBe(FINDINGS.find((f) => f.id === v.finding)!.rule);
    }
  });

  it("each snapshot's stored answers.json is what the rules give now (regenerate with npm run cli -- public-data)", () => {
    for (const [name, dir] of Object.entries(dirs) as [keyof typeof dirs, string][]) {
      const stored = parseAnswers(JSON.parse(readFileSync(join(dir, ANSWERS_FILE), 'utf8')));
      expect(stored, name).not.toBeNull();
      expect(stored!.verdicts.length).toBe(FINDINGS.length);
      for (const f of FINDINGS) {
        const v = storedVerdict(stored, f.id);
        expect(v, `${name} ${f.id}`).not.toBeNull();
        expect(sameAnswer(v!, verdicts[name][f.id]), `${name} ${f.id}`).toBe(true);
      }
    }
  });
});
