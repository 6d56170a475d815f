// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderTrajectory, type TrajectoryData } from '../../../src/charts/trajectory.ts';
import { DAY, T0, newSvg, seeded } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

function data(): TrajectoryData {
  const r = seeded(8);
  const cloud = new Float32Array(3000 * 2).map(() => r.normal());
  const path = Array.from({ length: 6 }, (_, i) => ({
    t: T0 + i * DAY,
    x: -1 + 0.4 * i,
    y: Math.sin(i) * 0.8,
    n: 3 + i,
  }));
  return { cloud, path };
}

describe('trajectory', () => {
  it('renders the full path over a density cloud', () => {
    const svg = newSvg();
    renderTrajectory(svg, data(), {
      width: 480,
      height: 360,
      title: 'Agent trajectory',
      renderer: 'density',
    });
    expectSvgSnapshot('trajectory', svg);
  });

  it('reveals the path with progress', () => {
    const svg = newSvg();
    const h = renderTrajectory(svg, data(), {
      width: 390,
      height: 300,
      title: 'Agent trajectory',
      renderer: 'density',
      progress: 0.5,
    });
    expectSvgSnapshot('trajectory-half', svg);
    expect(svg.querySelectorAll('.ms-trajectory circle')).toHaveLength(3);
    expect(svg.querySelectorAll('.ms-trajectory line')).toHaveLength(3);
    h.setProgress(0);
    expect(svg.querySelectorAll('.ms-trajectory circle')).toHaveLength(1);
    expect(svg.querySelectorAll('.ms-trajectory line')).toHaveLength(0);
    h.setProgress(1);
    expect(svg.querySelectorAll('.ms-trajectory circle')).toHaveLength(6);
  });

  it('hovers and clicks path points', () => {
    const svg = newSvg();
    const onHover = vi.fn();
    const onClick = vi.fn();
    const d = data();
    renderTrajectory(svg, d, { width: 300, height: 300, title: 't', renderer: 'density', onHover, onClick });
    const pts = svg.querySelectorAll('.ms-trajectory circle');
    pts[2].dispatchEvent(new PointerEvent('pointerenter'));
    expect(onHover).toHaveBeenLastCalledWith(d.path[2]);
    pts[2].dispatchEvent(new MouseEvent('click'));
    expect(onClick).toHaveBeenLastCalledWith(d.path[2]);
  });
});
