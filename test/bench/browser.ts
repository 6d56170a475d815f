/** How every part of the benchmark starts Debian's Chromium (the same flags everywhere). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const BENCH_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Paper-scale frames need more than V8's default heap in the worker.
  '--js-flags=--max-old-space-size=8192',
];
