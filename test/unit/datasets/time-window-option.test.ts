import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../../datasets/cli/args';
import { stampTimeWindow, WINDOW_OPTIONS, windowOption } from '../../../datasets/cli/time-window-option';
import { loadFrame } from '../../../datasets/lib/load-frame';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const args = (argv: string[]) => parseArgs(argv, [...WINDOW_OPTIONS]);

describe('--window-from / --window-to', () => {
  it('give a checked window, or none', () => {
    expect(windowOption(args([]))).toBeNull();
    expect(windowOption(args(['--window-from', '2026-01-20', '--window-to=2026-02-20']))).toEqual({
      from: '2026-01-20',
      to: '2026-02-20',
    });
  });

  it('are refused alone, reversed or malformed, naming the option', () => {
    expect(() => windowOption(args(['--window-from', '2026-01-20']))).toThrow(/go together/);
    expect(() => windowOption(args(['--window-from', '2026-02-20', '--window-to', '2026-01-20']))).toThrow(
      /--window-to should be on or after "from"/,
    );
    expect(() => windowOption(args(['--window-from', 'yesterday', '--window-to', '2026-01-20']))).toThrow(
      /--window-from should be a calendar day/,
    );
  });

  it('are written into the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moltscope-window-'));
    copyFileSync(join(FIXTURES, 'tiny', 'manifest.json'), join(dir, 'manifest.json'));
    stampTimeWindow(dir, { from: '2026-01-27', to: '2026-02-02' });
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(m.timeWindow).toEqual({ from: '2026-01-27', to: '2026-02-02' });
    expect(m.name).toBe('Tiny hand-made fixture');
  });
});

describe('loadFrame (the CLI report) applies the window as the app does', () => {
  it('leaves out the hostile dates under the default window', async () => {
    const { frame, setAside, timeWindow } = await loadFrame(join(FIXTURES, 'dates'), { texts: false });
    expect(setAside).toEqual({ posts: 4, comments: 2 });
    expect(timeWindow.from).toBe('2026-01-01');
    expect(frame.posts.n).toBe(84);
    expect(frame.days).toBe(7);
    expect(new Date(frame.day0Ms).toISOString()).toBe('2026-01-28T00:00:00.000Z');
  });

  it("uses the manifest's window when it states one", async () => {
    const { frame, setAside } = await loadFrame(join(FIXTURES, 'dates-window'), { texts: false });
    expect(setAside.posts).toBe(40);
    expect(frame.posts.n).toBe(48);
    expect(frame.days).toBe(4);
  });
});
