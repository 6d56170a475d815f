/**
 * Imported vectors keep their geometry (issue 15 item 2): reduced 384 → 64 exactly as the builder
 * does (importExternalVectors, then int8 as the writer stores them), every semantic diagnostic the
 * report prints stays within 0.01 of the same diagnostic on the original vectors; and the shared
 * direction survives, which centring would remove.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importExternalVectors, type VectorItem } from '../../../datasets/build/external-embeddings';
import { BuildReport } from '../../../datasets/build/build-report';
import { quantize } from '../../../src/core/embed/quantize';
import { fitBasis, project } from '../../../src/core/embed/svd';
import type { Frame } from '../../../src/core/frame';
import { buildFrame, type RawColumns } from '../../../src/core/metrics/build-frame';
import { agentDrift } from '../../../src/core/metrics/drift';
import { knnDensity } from '../../../src/core/metrics/knn-density';
import { stabilization } from '../../../src/core/metrics/stabilization';
import { geometrySociety, type GeometrySociety } from './geometry-society';

const tmp = mkdtempSync(join(tmpdir(), 'moltscope-geometry-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes the society's vectors as JSONL (id + vector) and imports them as the builder does. */
async function importLikeBuilder(g: GeometrySociety, dims: number, name: string) {
  const emb = g.raw.embeddings!;
  const path = join(tmp, `${name}.jsonl`);
  writeFileSync(
    path,
    emb.id.map((id, r) => JSON.stringify({ id, vector: Array.from(emb.vec[r]) })).join('\n') + '\n',
  );
  const items = new Map<string, VectorItem>();
  const P = g.raw.posts;
  const C = g.raw.comments;
  P.id.forEach((id, i) => items.set(id, { time: P.createdMs[i], kind: 'post' }));
  C.id.forEach((id, i) => items.set(id, { time: C.createdMs[i], kind: 'comment' }));
  return importExternalVectors(path, items, dims, new BuildReport());
}

/** The society's frame with the imported vectors stored as the writer stores them (int8). */
function storedFrame(g: GeometrySociety, ext: Awaited<ReturnType<typeof importLikeBuilder>>): Frame {
  const k = ext.dimensions;
  const q = ext.ids.map((_, r) => quantize(ext.vectors, r * k, k));
  const raw: RawColumns = {
    ...g.raw,
    embeddings: {
      id: ext.ids,
      kind: ext.ids.map((id) => (id.startsWith('p') ? 'post' : 'comment')),
      vec: q.map((x) => x.vec),
      scale: q.map((x) => x.scale),
    },
  };
  return buildFrame(raw);
}

/** Every number of the report's semantic sections (§1 stabilization and kNN, §3 drift), by name. */
function diagnostics(frame: Frame): Map<string, number> {
  const out = new Map<string, number>();
  const put = (name: string, xs: (number | null)[]) =>
    xs.forEach((x, i) => {
      if (x !== null) out.set(`${name}[${i}]`, x);
    });
  for (const kind of ['posts', 'comments'] as const) {
    const st = stabilization(frame, { kind, permutations: 0 });
    put(`${kind}.centroid(t-1,t)`, st.consecutiveCentroid);
    put(`${kind}.pairwise(t,t)`, st.withinPairwise);
    put(`${kind}.pairwise(t-1,t)`, st.consecutivePairwise);
    st.centroidMatrix.forEach((row, i) => put(`${kind}.centroidMatrix[${i}]`, row));
    put(`${kind}.knn`, knnDensity(frame, { kind, permutations: 0 }).density);
  }
  const drift = agentDrift(frame, { permutations: 0 });
  expect(drift.agents.length).toBeGreaterThan(20);
  put('drift.medians', [drift.medians.drift, drift.medians.consistency, drift.medians.pull]);
  return out;
}

function worstDifference(a: Map<string, number>, b: Map<string, number>): { name: string; diff: number } {
  expect([...b.keys()]).toEqual([...a.keys()]);
  let worst = { name: '', diff: 0 };
  for (const [name, x] of a) {
    const diff = Math.abs(x - b.get(name)!);
    if (diff > worst.diff) worst = { name, diff };
  }
  return worst;
}

describe('external vectors keep their geometry (384 → 64, as the builder reduces them)', () => {
  for (const seed of [7, 8]) {
    it(`every semantic diagnostic within 0.01 of the originals (society seed ${seed})`, async () => {
      const g = geometrySociety({ seed, noise: 0.25 });
      const original = diagnostics(buildFrame(g.raw));
      // The planted society has the property the paper's headline rests on.
      expect(original.get('posts.centroid(t-1,t)[1]')).toBeGreaterThan(0.95);
      const ext = await importLikeBuilder(g, 64, `society-${seed}`);
      expect(ext.dimensions).toBe(64);
      expect(ext.info.reduction).toBe('uncentred-svd');
      const worst = worstDifference(original, diagnostics(storedFrame(g, ext)));
      expect(worst.diff, worst.name).toBeLessThan(0.01);
    });
  }

  it('keeps the shared direction: the mean vector survives, centroid cosine stays near 1', async () => {
    const g = geometrySociety({ seed: 11, noise: 0.25 });
    const ext = await importLikeBuilder(g, 64, 'mean');
    const n = ext.ids.length;
    const d = g.dim;
    const k = ext.dimensions;
    const meanOrig = new Float64Array(d);
    for (let r = 0; r < n; r++) for (let i = 0; i < d; i++) meanOrig[i] += g.vectors[r * d + i] / n;
    const meanRed = new Float64Array(k);
    for (let r = 0; r < n; r++) for (let j = 0; j < k; j++) meanRed[j] += ext.vectors[r * k + j] / n;
    const len = (v: Float64Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    // Centring would make the reduced mean ≈ 0; the originals' mean has length ≈ 0.8 here.
    expect(len(meanOrig)).toBeGreaterThan(0.7);
    expect(Math.abs(len(meanRed) - len(meanOrig))).toBeLessThan(0.02);
    // …and it points where the reduction sends the originals' mean.
    const basis = fitBasis(g.vectors, n, d, k, 1);
    const projected = new Float32Array(k);
    project(basis, meanOrig, 0, projected, 0);
    let c = 0;
    for (let j = 0; j < k; j++) c += (meanRed[j] / len(meanRed)) * projected[j];
    expect(c).toBeGreaterThan(0.999);
    const st = stabilization(storedFrame(g, ext), { kind: 'posts', permutations: 0 });
    for (const x of st.consecutiveCentroid.slice(1)) expect(x).toBeGreaterThan(0.95);
  });

  it('records the reduction and its measured distortion for the manifest', async () => {
    const g = geometrySociety({ seed: 7, noise: 0.25 });
    const ext = await importLikeBuilder(g, 64, 'manifest');
    expect(ext.info).toMatchObject({
      reduction: 'uncentred-svd',
      sourceDimensions: 384,
      exactDimensions: 32,
    });
    expect(ext.method).toMatch(/^uncentred-svd: .*without centring/);
    const dist = ext.info.distortion!;
    expect(dist.pairs).toBeGreaterThanOrEqual(10_000);
    expect(dist.dayPairs).toBe(2 * ((6 * 5) / 2));
    expect(dist.meanAbsCosDiff).toBeGreaterThan(0);
    expect(dist.meanAbsCosDiff).toBeLessThan(0.02);
    expect(dist.maxAbsCosDiff).toBeGreaterThanOrEqual(dist.meanAbsCosDiff);
    expect(dist.maxDailyCentroidCosDiff).toBeLessThan(0.01);
  });

  it('keeps vectors that already fit the width as they are (64 → 64 is the identity up to int8)', async () => {
    const g = geometrySociety({ seed: 5, dim: 64, noise: 0.5 });
    const ext = await importLikeBuilder(g, 64, 'identity');
    expect(ext.info).toMatchObject({ reduction: 'identity', sourceDimensions: 64 });
    expect(ext.method).toMatch(/^identity: /);
    for (let r = 0; r < ext.ids.length; r++)
      for (let j = 0; j < 64; j++) expect(ext.vectors[r * 64 + j]).toBeCloseTo(g.vectors[r * 64 + j], 6);
    // Measured on the int8 vectors as stored: quantisation alone moves cosines by about 1e-3 at most.
    expect(ext.info.distortion!.maxAbsCosDiff).toBeLessThan(5e-3);
    expect(ext.info.distortion!.maxDailyCentroidCosDiff).toBeLessThan(1e-3);
  });
});
