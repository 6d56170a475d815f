/** Deterministic chart fixtures (seeded LCG, fixed UTC dates). */
import { randomLcg, randomNormal } from 'd3';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 0, 28);

export function seeded(seed = 42): { uniform: () => number; normal: () => number } {
  const source = randomLcg(seed);
  return { uniform: source, normal: randomNormal.source(source)(0, 1) };
}

export function newSvg(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  return svg;
}

export const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">';
