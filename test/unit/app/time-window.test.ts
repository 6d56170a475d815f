import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  dayMs,
  defaultTimeWindow,
  describeWindow,
  parseTimeWindow,
  TimeWindowError,
  windowBoundsMs,
} from '../../../src/core/snapshot/time-window';
import { validateManifest, SnapshotError } from '../../../src/core/snapshot';
import { MAX_GRID_DAYS } from '../../../src/core/time-grid';

const tiny = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/tiny/manifest.json'), 'utf8'));

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('defaultTimeWindow', () => {
  it('runs from 2026-01-01 to the day after today (UTC)', () => {
    expect(defaultTimeWindow(Date.UTC(2026, 11, 3, 21, 10))).toEqual({
      from: '2026-01-01',
      to: '2026-12-04',
    });
    // Just before midnight UTC is still that day.
    expect(defaultTimeWindow(Date.UTC(2026, 1, 28, 23, 59, 59, 999)).to).toBe('2026-03-01');
  });

  it('keeps the latest MAX_GRID_DAYS days once the platform is older than a grid can bin', () => {
    const w = defaultTimeWindow(Date.UTC(2031, 5, 1));
    expect(w.to).toBe('2031-06-02');
    const { startMs, endMs } = windowBoundsMs(w);
    expect((endMs - startMs) / 86_400_000).toBe(MAX_GRID_DAYS);
  });

  it('never ends before it starts, whatever the clock says', () => {
    const w = defaultTimeWindow(Date.UTC(2020, 0, 1));
    expect(dayMs(w.from)).toBeLessThanOrEqual(dayMs(w.to));
  });
});

describe('parseTimeWindow', () => {
  it('accepts two calendar days in order, both inclusive', () => {
    const w = parseTimeWindow({ from: '2026-01-28', to: '2026-02-03' });
    expect(w).toEqual({ from: '2026-01-28', to: '2026-02-03' });
    expect(windowBoundsMs(w)).toEqual({ startMs: Date.UTC(2026, 0, 28), endMs: Date.UTC(2026, 1, 4) });
    expect(describeWindow(w)).toBe('2026-01-28 – 2026-02-03');
    expect(parseTimeWindow({ from: '2026-05-05', to: '2026-05-05' }).to).toBe('2026-05-05');
  });

  it.each([
    [null, ''],
    ['2026-01-01', ''],
    [{ from: '2026-1-1', to: '2026-02-01' }, 'from'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
    [{ from: '2026-01-01T00:00:00Z', to: '2026-03-01' }, 'from'],
    [{ from: '2026-01-01', to: 20260301 }, 'to'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'to'],
    [{ from: '1970-01-01', to: '9999-12-31' }, 'to'],
  ])('refuses %j, naming the field', (raw, field) => {
    const e = thrown(() => parseTimeWindow(raw));
    expect(e).toBeInstanceOf(TimeWindowError);
    expect((e as TimeWindowError).field).toBe(field);
  });

  it('refuses a window wider than a grid can bin by one day, not at the bound', () => {
    const from = '2026-01-01';
    const last = new Date(dayMs(from) + (MAX_GRID_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    const over = new Date(dayMs(from) + MAX_GRID_DAYS * 86_400_000).toISOString().slice(0, 10);
    expect(parseTimeWindow({ from, to: last }).to).toBe(last);
    expect(() => parseTimeWindow({ from, to: over })).toThrow(/at most 731 days/);
  });
});

describe('manifest timeWindow', () => {
  it('is optional, and read when present', () => {
    expect(validateManifest(tiny).timeWindow).toBeNull();
    const m = validateManifest({ ...tiny, timeWindow: { from: '2026-01-20', to: '2026-02-10' } });
    expect(m.timeWindow).toEqual({ from: '2026-01-20', to: '2026-02-10' });
  });

  it('is refused with the field and what was found when malformed or reversed', () => {
    const e = thrown(() =>
      validateManifest({ ...tiny, timeWindow: { from: '2026-03-01', to: '2026-01-01' } }),
    );
    expect(e).toBeInstanceOf(SnapshotError);
    expect((e as SnapshotError).column).toBe('timeWindow.to');
    expect((e as SnapshotError).found).toBe('"2026-01-01"');
    const f = thrown(() => validateManifest({ ...tiny, timeWindow: 'always' }));
    expect((f as SnapshotError).column).toBe('timeWindow');
  });
});
