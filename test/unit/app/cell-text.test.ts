import { describe, expect, it } from 'vitest';
import { cellText, columnTypeLabel, isIntegerColumn } from '../../../src/views/explore/cell-text';

describe('console column types', () => {
  it("shows DuckDB's own type, not the Float64 the engine hands BIGINT over as", () => {
    expect(columnTypeLabel({ name: 'n', type: 'Float64', sqlType: 'BIGINT' })).toBe('BIGINT');
    expect(columnTypeLabel({ name: 'd', type: 'Float64', sqlType: 'DECIMAL(18,3)' })).toBe('DECIMAL(18,3)');
  });

  it('names Arrow types the SQL way when DuckDB could not describe the statement', () => {
    expect(columnTypeLabel({ name: 'a', type: 'Utf8' })).toBe('VARCHAR');
    expect(columnTypeLabel({ name: 'a', type: 'Float64' })).toBe('DOUBLE');
    expect(columnTypeLabel({ name: 'a', type: 'Int32' })).toBe('INTEGER');
    expect(columnTypeLabel({ name: 'a', type: 'Timestamp<MICROSECOND>' })).toBe('TIMESTAMP');
    expect(columnTypeLabel({ name: 'a', type: 'Timestamp<MICROSECOND, UTC>' })).toBe(
      'TIMESTAMP WITH TIME ZONE',
    );
    expect(columnTypeLabel({ name: 'a', type: 'Struct<{x:Int32}>' })).toBe('Struct<{x:Int32}>');
  });

  it('knows integer columns by their SQL type', () => {
    expect(isIntegerColumn({ name: 'n', type: 'Float64', sqlType: 'BIGINT' })).toBe(true);
    expect(isIntegerColumn({ name: 'n', type: 'Float64', sqlType: 'HUGEINT' })).toBe(true);
    expect(isIntegerColumn({ name: 'n', type: 'Float64', sqlType: 'UBIGINT' })).toBe(true);
    expect(isIntegerColumn({ name: 'n', type: 'Float64', sqlType: 'DOUBLE' })).toBe(false);
    expect(isIntegerColumn({ name: 'n', type: 'Float64' })).toBe(false);
  });
});

describe('cellText', () => {
  const big = { name: 'n', type: 'Float64', sqlType: 'BIGINT' };
  it('prints integers as integers and marks those past 2^53 as approximate', () => {
    expect(cellText(42, big)).toBe('42');
    expect(cellText(2 ** 53 - 1, big)).toBe('9007199254740991');
    expect(cellText(2 ** 63, big)).toMatch(/^≈9\.22337203685477\d*e\+18$/);
    // A double column's large value is not marked: it was never an integer.
    expect(cellText(2 ** 63, { name: 'x', type: 'Float64', sqlType: 'DOUBLE' })).toBe('9223372036854776000');
  });

  it('prints times in UTC, NULL and lists', () => {
    expect(cellText(Date.UTC(2026, 0, 29, 3), { name: 't', type: 'Timestamp<MICROSECOND>' })).toBe(
      '2026-01-29 03:00:00Z',
    );
    expect(cellText(Date.UTC(2026, 0, 29), { name: 'd', type: 'Date<DAY>' })).toBe('2026-01-29');
    expect(cellText(null, big)).toBe('NULL');
    expect(cellText([1, 2], { name: 'l', type: 'List<Int32>' })).toBe('[1,2]');
  });
});
