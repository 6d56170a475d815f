/**
 * `npm run report` takes every registry parameter (validated, echoed) and its --json output is
 * JSON alone on stdout when run through npm as documented (`npm run -s`), or written with --out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseParams } from '../../../datasets/report/params';
import { DIAGNOSTICS } from '../../../src/core/metrics/registry';

const TINY = join(__dirname, '../../fixtures/tiny');
const tmp = mkdtempSync(join(tmpdir(), 'moltscope-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const npm = (args: string[]) =>
  execFileSync('npm', args, {
    cwd: join(__dirname, '../../..'),
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });

describe('report --param', () => {
  it('accepts every parameter the registry lists, at its default', () => {
    for (const d of DIAGNOSTICS) {
      if (d.id === 'trajectories') continue;
      for (const p of d.params) {
        const value = Array.isArray(p.default) ? p.default.join(',') : String(p.default);
        expect(parseParams([`${d.id}.${p.name}=${value}`]), `${d.id}.${p.name}`).toEqual({
          [d.id]: { [p.name]: p.default },
        });
      }
    }
  });

  it('refuses values outside the registry ranges and names that do not exist', () => {
    expect(() => parseParams(['influence.w=0'])).toThrow(/at least 1/);
    expect(() => parseParams(['influence.level=1.5'])).toThrow(/at most 0.999/);
    expect(() => parseParams(['stabilization.unit=month'])).toThrow(/hour, day, week/);
    expect(() => parseParams(['drift.minPosts=2.5'])).toThrow(/integer/);
    expect(() => parseParams(['influence.window=3'])).toThrow(/has no parameter/);
    expect(() => parseParams(['nosuch.w=3'])).toThrow(/unknown diagnostic/);
    expect(() => parseParams(['influence.w'])).toThrow(/<diagnostic>\.<name>=<value>/);
    expect(parseParams(['communities.resolution=1.5', 'persistence.ks=5,20'])).toEqual({
      communities: { resolution: 1.5 },
      persistence: { ks: [5, 20] },
    });
  });
});

describe('report through npm', () => {
  it('npm run -s report -- DIR --json prints JSON alone, with the parameters applied and echoed', () => {
    const stdout = npm([
      'run',
      '-s',
      'report',
      '--',
      TINY,
      '--json',
      '--param',
      'influence.w=3',
      '--param',
      'stabilization.permutations=0',
    ]);
    const report = JSON.parse(stdout) as {
      params: unknown;
      results: {
        influence: { params: { w: number } };
        stabilizationPosts: { params: { permutations: number }; null: unknown };
      };
    };
    expect(report.params).toEqual({ influence: { w: 3 }, stabilization: { permutations: 0 } });
    expect(report.results.influence.params.w).toBe(3);
    expect(report.results.stabilizationPosts.params.permutations).toBe(0);
    expect(report.results.stabilizationPosts.null).toBeNull();
  }, 120_000);

  it('--out writes the JSON to a file even when npm prints its banner', () => {
    const out = join(tmp, 'report.json');
    const stdout = npm(['run', 'report', '--', TINY, '--out', out, '--param', 'drift.minPosts=3']);
    expect(stdout).toContain('> moltscope');
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      results: { drift: { params: { minPosts: number } } };
    };
    expect(report.results.drift.params.minPosts).toBe(3);
  }, 120_000);

  it('the text report echoes the parameters set', () => {
    const stdout = npm(['run', '-s', 'report', '--', TINY, '--param', 'influence.w=4']);
    expect(stdout).toContain('parameters set: {"influence":{"w":4}}');
    expect(stdout).toMatch(/§5 Interaction influence ==\nparameters: \{"w":4,/);
  }, 120_000);
});
