import type { Rng } from '../../src/core/random';

const HEX = '0123456789abcdef';

/** A UUID-v4-shaped id from a seeded stream, so generated ids look like the API's and repeat per seed. */
export function uuidFrom(rng: Rng): string {
  let s = '';
  for (let i = 0; i < 32; i++) {
    let nibble = Math.floor(rng() * 16);
    if (i === 12) nibble = 4;
    if (i === 16) nibble = 8 | (nibble & 3);
    s += HEX[nibble];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return s;
}
