import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { parseTimestamp } from '../../../datasets/build/timestamps';
import {
  epochTimestampSql,
  textTimestampSql,
  textZoneSql,
  zoneOffsetMinutes,
} from '../../../src/core/snapshot/timestamp-rule';
import { sqlString } from '../../../src/core/sql/escape';

// The browser parses text timestamps in SQL, the CLI in JavaScript: both follow
// src/core/snapshot/timestamp-rule.ts, and must agree value for value.
const TEXTS = [
  '2026-01-28T03:00:00+14:00',
  '2026-01-28T03:00:00-05:30',
  '2026-01-28T03:00:00.123456+0100',
  '2026-01-28 03:00:00 +05',
  '2026-01-28T03:00:00Z',
  '2026-01-28t03:00:00z',
  '2026-01-28T03:00:00.5Z',
  '2026-01-28T03:00',
  '2026-01-28',
  '  2026-01-30T23:59:59.999-12:00  ',
  '1769518800',
  '1769518800000',
  'yesterday-ish',
  '2026-02-31T00:00:00Z',
  '2026-01-28T03:00:00 Europe/Paris',
  '',
];

async function sqlParse(values: string[]): Promise<(number | null)[]> {
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const rows = values.map((v, i) => `(${i}, ${sqlString(v)})`).join(', ');
  const res = await conn.runAndReadAll(
    `SELECT i, epoch_ms(${textTimestampSql('s')})::DOUBLE AS ms, ${textZoneSql('s')} AS zone
     FROM (VALUES ${rows}) v(i, s) ORDER BY i`,
  );
  return res.getRowObjects().map((r) => (r.ms === null ? null : Number(r.ms)));
}

describe('timestamp rule', () => {
  it('applies UTC offsets: +14:00 at 03:00 is 13:00 UTC the day before', async () => {
    const [ms] = await sqlParse(['2026-01-28T03:00:00+14:00']);
    expect(new Date(ms!).toISOString()).toBe('2026-01-27T13:00:00.000Z');
    expect(parseTimestamp('2026-01-28T03:00:00+14:00')).toBe(ms);
    expect(zoneOffsetMinutes('-0530')).toBe(-330);
    expect(zoneOffsetMinutes('+05')).toBe(300);
    expect(zoneOffsetMinutes('Z')).toBe(0);
  });

  it('SQL (browser) and JavaScript (CLI) agree on every case', async () => {
    const sql = await sqlParse(TEXTS);
    TEXTS.forEach((t, i) => {
      // The CLI also drops dates outside 2000..2100; none of these is.
      expect(sql[i], t).toBe(parseTimestamp(t));
    });
    expect(sql.filter((x) => x === null)).toHaveLength(4);
  });

  it('reads each epoch number by its own magnitude', async () => {
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const res = await conn.runAndReadAll(
      `SELECT epoch_ms(${epochTimestampSql('v')})::DOUBLE AS ms FROM (VALUES (1769518800::BIGINT), (1769518800000::BIGINT), (9223372036854775807::BIGINT), (-9223372036854775807::BIGINT)) t(v)`,
    );
    expect(res.getRowObjects().map((r) => (r.ms === null ? null : Number(r.ms)))).toEqual([
      1769518800000,
      1769518800000,
      null,
      null,
    ]);
  });
});
