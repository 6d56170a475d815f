import { describe, expect, it } from 'vitest';
import { frameDays } from '../../../src/views/network/frame-days.ts';

const DAY = 86_400_000;
const day0 = Date.UTC(2026, 0, 28);
const frame = { day0Ms: day0, days: 5 };

describe('the days of the network slider', () => {
  it('are every day of the data without a filter, empty days included', () => {
    expect(frameDays(frame, { range: null, submolts: [] })).toEqual(
      [0, 1, 2, 3, 4].map((d) => day0 + d * DAY),
    );
  });

  it('follow the engine: a range [start, end) keeps the days it touches, clipped to the data', () => {
    const range: [number, number] = [day0 + DAY + 3_600_000, day0 + 3 * DAY];
    expect(frameDays(frame, { range, submolts: [] })).toEqual([day0 + DAY, day0 + 2 * DAY]);
    expect(frameDays(frame, { range: [day0 - 9 * DAY, day0 + 99 * DAY], submolts: [] })).toHaveLength(5);
    expect(frameDays(frame, { range: [day0 + 9 * DAY, day0 + 10 * DAY], submolts: [] })).toEqual([]);
  });
});
