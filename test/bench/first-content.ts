/**
 * First meaningful content on a slow line (issue #18 item 4): a fresh profile opens the Findings
 * page over a throttled connection (20 Mbit/s down and up, 40 ms latency, by Chromium's network
 * emulation), and the times from navigation are reported for: the intro drawn; the answers stored
 * with the snapshot drawn (every card's verdict, before the engine has loaded); and every answer
 * confirmed from the loaded data. Measured, never asserted.
 */
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { BENCH_ARGS, CHROMIUM_PATH } from './browser';

/** 20 Mbit/s in bytes per second, and the line's round-trip latency. */
const LINE = { bytesPerSecond: (20 * 1e6) / 8, latencyMs: 40 };

export async function firstContentLines(url: string, timeout = 900_000): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LINE.latencyMs,
      downloadThroughput: LINE.bytesPerSecond,
      uploadThroughput: LINE.bytesPerSecond,
    });
    const t0 = Date.now();
    const at = () => ({ ms: Date.now() - t0, load: loadavg()[0] });
    await page.goto(url, { waitUntil: 'commit', timeout });
    await page.getByTestId('findings-intro').waitFor({ timeout });
    const intro = at();
    await page.locator('[data-testid="findings"] [data-testid^="finding-kind-"]').nth(8).waitFor({ timeout });
    const stored = await page.getByTestId('findings-stored-note').count();
    const answers = at();
    await page.locator('[data-testid="findings"][data-state="ready"]').waitFor({ timeout });
    const confirmed = at();
    const s = (t: { ms: number; load: number }) =>
      `${(t.ms / 1000).toFixed(2)} s [load ${t.load.toFixed(2)}]`;
    return [
      `- first meaningful content, cold, on a throttled line (20 Mbit/s, 40 ms; HTTP cache off; time from navigation, 1-min load average in brackets):`,
      `  - intro drawn at ${s(intro)}`,
      `  - every card's answer drawn at ${s(answers)} (${stored ? "the snapshot's stored answers, before the engine loaded" : 'computed from the loaded data: no stored answers were shown'})`,
      `  - every answer confirmed from the loaded data at ${s(confirmed)}`,
    ];
  } catch (e) {
    return [`- first meaningful content: failed (${String((e as Error)?.message ?? e).slice(0, 160)})`];
  } finally {
    await browser.close();
  }
}
