import { test, expect, DATA_ORIGIN } from './fixtures';
import type { Page } from '@playwright/test';

// The tiny fixture: 3 agents; over all days 5 directed pairs (alpha's reply on its own post is a
// self-loop and dropped); on 2026-01-30 only alpha → beta.
const TINY = `data=${encodeURIComponent(`${DATA_ORIGIN}/tiny/`)}`;

async function openNetwork(page: Page, extra = ''): Promise<void> {
  await page.goto(`./?view=network&${TINY}${extra}`);
  await expect(page.getByTestId('network-canvas')).toBeVisible({ timeout: 45_000 });
}

test('the network renders a seeded layout', async ({ page }) => {
  await openNetwork(page);
  const canvas = page.getByTestId('network-canvas');
  await expect(canvas).toHaveAttribute('data-nodes', '3');
  await expect(canvas).toHaveAttribute('data-edges', '5');
  await expect(page.getByTestId('network-meta')).toContainText('seed 1, 200 iterations');
  // Software WebGL differs in anti-aliasing between machines: check the picture is drawn, not its pixels.
  const png = await canvas.screenshot({ path: test.info().outputPath('network.png') });
  expect(png.byteLength).toBeGreaterThan(3000);
  const colours = await page.evaluate(() => {
    const c = document.querySelector(
      '[data-testid="network-canvas"] canvas.sigma-nodes',
    ) as HTMLCanvasElement;
    const gl = c.getContext('webgl2', { preserveDrawingBuffer: true }) ?? c.getContext('webgl');
    return gl ? c.width * c.height : 0;
  });
  expect(colours).toBeGreaterThan(0);
  await expect(page.getByTestId('stat-reciprocity')).toHaveText(/\d/);
  await expect(page.getByTestId('stat-modularity')).toContainText('Q =');
});

test('the day slider changes the graph', async ({ page }) => {
  await openNetwork(page);
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-edges', '5');
  await page.getByRole('slider', { name: 'Day' }).fill('2');
  await expect(page.getByTestId('day-label')).toContainText('2026-01-30');
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-edges', '1');
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-nodes', '2');
  expect(new URL(page.url()).searchParams.get('nw_day')).toBe('2026-01-30');
});

test('camera, day and selection survive a permalink round trip', async ({ page }) => {
  await openNetwork(page, '&nw_day=2026-01-28&nw_sel=alpha');
  await expect(page.getByTestId('day-label')).toContainText('2026-01-28');
  await expect(page.getByTestId('ego-panel')).toContainText('alpha');
  await expect(page.getByTestId('agent-link')).toHaveAttribute('href', /view=agents.*ag_agent=alpha/);
  // Zoom with the wheel: the camera goes into the link once it rests.
  const box = (await page.getByTestId('network-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => new URL(page.url()).searchParams.get('nw_cam')).not.toBeNull();
  const link = page.url();
  const cam = new URL(link).searchParams.get('nw_cam')!;
  expect(cam).toMatch(/^-?[\d.]+,-?[\d.]+,[\d.]+$/);

  await page.goto(link);
  await expect(page.getByTestId('network-canvas')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('day-label')).toContainText('2026-01-28');
  await expect(page.getByTestId('ego-panel')).toContainText('alpha');
  const params = new URL(page.url()).searchParams;
  expect(params.get('nw_cam')).toBe(cam);
  expect(params.get('nw_sel')).toBe('alpha');
  expect(params.get('nw_day')).toBe('2026-01-28');
});

test('searching an agent selects it', async ({ page }) => {
  await openNetwork(page);
  await page.getByTestId('agent-search').fill('gam');
  await page.getByRole('search').getByRole('button', { name: 'gamma' }).click();
  await expect(page.getByTestId('ego-panel')).toContainText('gamma');
  expect(new URL(page.url()).searchParams.get('nw_sel')).toBe('gamma');
});
