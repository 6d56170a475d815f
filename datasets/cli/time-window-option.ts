/**
 * `--window-from DAY --window-to DAY` for `build` and `generate`: the platform's plausible window
 * for the snapshot, written to its manifest as `timeWindow`; the app sets aside items dated outside
 * it at load (src/core/snapshot/time-window.ts, which also holds the default used without it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTimeWindow, TimeWindowError, type TimeWindow } from '../../src/core/snapshot/time-window';
import { validateManifest } from '../../src/core/snapshot/validate-manifest';
import type { ParsedArgs } from './args';

export const WINDOW_OPTIONS = ['window-from', 'window-to'] as const;

/** The options' lines for a command's help, names padded to `width` like its other options. */
export function windowHelp(width: number): string {
  const line = (name: string, text: string) => `  ${name.padEnd(width - 2)}${text}\n`;
  return (
    line('--window-from DAY', "first day (YYYY-MM-DD, UTC) of the platform's time window, and") +
    line(
      '--window-to DAY',
      'its last: the app sets aside items dated outside it (default 2026-01-01 to tomorrow)',
    )
  );
}

/** The window the options give, or null when neither is given; both or neither. */
export function windowOption(args: ParsedArgs): TimeWindow | null {
  const from = args.options.get('window-from');
  const to = args.options.get('window-to');
  if (from === undefined && to === undefined) return null;
  if (typeof from !== 'string' || typeof to !== 'string')
    throw new Error('--window-from and --window-to go together: give both days');
  try {
    return parseTimeWindow({ from, to });
  } catch (e) {
    if (e instanceof TimeWindowError)
      throw new Error(`--window-${e.field || 'from'} should be ${e.expected}`);
    throw e;
  }
}

/** Adds the window to the snapshot's manifest.json (checked again as the app will read it). */
export function stampTimeWindow(dir: string, window: TimeWindow): void {
  const path = join(dir, 'manifest.json');
  const manifest = {
    ...(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>),
    timeWindow: window,
  };
  validateManifest(manifest);
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
}
