/** Embedding throughput on typical ~200-character texts: `npx tsx datasets/bench-embed.ts`. */
import { createHashingEmbedder } from '../src/core/embed/hashing-embedder';
import { createRng } from '../src/core/random';
import { writeComment, writePost } from './generate/text';

const rng = createRng(11);
const texts: string[] = [];
for (let i = 0; i < 100_000; i++) {
  const c = { main: i % 20, second: (i * 7) % 20, secondShare: 0.2 };
  if (i % 3 === 0) {
    const p = writePost(rng, 'en', 0.5, c);
    texts.push(`${p.title}\n\n${p.content ?? ''}`.slice(0, 400));
  } else texts.push(writeComment(rng, 'en', 1, c, c, 4));
}
const mean = texts.reduce((s, t) => s + t.length, 0) / texts.length;
const e = createHashingEmbedder();
const out = new Float32Array(e.dimensions);
for (let i = 0; i < 10_000; i++) e.embedInto(texts[i], out, 0);
const t0 = performance.now();
for (const t of texts) e.embedInto(t, out, 0);
const secs = (performance.now() - t0) / 1000;
process.stdout.write(
  `embedding: ${texts.length} texts, mean ${mean.toFixed(0)} chars, ${(texts.length / secs).toFixed(0)} texts/s\n`,
);
