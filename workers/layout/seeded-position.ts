/**
 * Deterministic starting positions: a node's place depends only on its name and the seed, never on
 * the order nodes arrive in, so the same link always starts the layout from the same picture.
 */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Two uniform numbers in [0, 1) from a name (two rounds of the hash, then scrambling). */
function unit2(name: string, seed: number): [number, number] {
  const a = fnv1a(name, seed);
  const b = fnv1a(name, a);
  const mix = (x: number) => {
    x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
    x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
    return ((x ^ (x >>> 16)) >>> 0) / 4294967296;
  };
  return [mix(a), mix(b)];
}

/** A point in a disc of the given radius, uniform by area. */
export function seededPosition(name: string, seed: number, radius: number): { x: number; y: number } {
  const [u, v] = unit2(name, seed);
  const r = radius * Math.sqrt(u);
  const t = 2 * Math.PI * v;
  return { x: r * Math.cos(t), y: r * Math.sin(t) };
}

/** A small deterministic offset, so nodes placed at their neighbours' centre do not coincide. */
export function seededJitter(name: string, seed: number, size: number): { x: number; y: number } {
  return seededPosition(name, seed ^ 0x9e3779b9, size);
}
