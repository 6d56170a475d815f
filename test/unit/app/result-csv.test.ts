import { describe, expect, it } from 'vitest';
import { resultCsv } from '../../../src/views/explore/result-csv';

describe('resultCsv', () => {
  it('writes timestamps as ISO-8601 UTC and dates as days, not epoch ms', () => {
    const t = Date.UTC(2026, 0, 29, 13, 5, 7, 250);
    const csv = resultCsv({
      columns: [
        { name: 'created_at', type: 'Timestamp<MICROSECOND>' },
        { name: 'day', type: 'Date<DAY>' },
        { name: 'n', type: 'Float64', sqlType: 'BIGINT' },
        { name: 'n', type: 'Utf8' },
      ],
      rows: [
        [t, Date.UTC(2026, 0, 29), 3, '=cmd'],
        [null, null, null, null],
      ],
      truncated: false,
      millis: 1,
    });
    expect(csv.split('\r\n')).toEqual([
      'created_at,day,n,n',
      "2026-01-29T13:05:07.250Z,2026-01-29,3,'=cmd",
      ',,,',
      '',
    ]);
  });
});
