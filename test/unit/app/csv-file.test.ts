import { describe, expect, it } from 'vitest';
import {
  codeVersion,
  csvFileName,
  csvHeader,
  csvWithProvenance,
  type CsvProvenance,
} from '../../../src/lib/csv-file';

const JAN29 = Date.UTC(2026, 0, 29);
const DAY = 86_400_000;
const base: CsvProvenance = {
  dataset: 'Synthetic society (socializing)',
  datasetKey: 'synthetic-socializing',
  synthetic: 'scenario socializing, seed 7',
  filter: { range: [JAN29, JAN29 + 3 * DAY], submolts: ['general'] },
  days: { start: '2026-01-28', end: '2026-02-05' },
  link: 'http://127.0.0.1/moltscope/?ds=synthetic-socializing&from=2026-01-29',
};
const NOW = new Date(Date.UTC(2026, 1, 1, 12));

describe('CSV provenance', () => {
  it('opens the file with # lines naming the data, the filter, the code and the time', () => {
    const lines = csvHeader(base, 'Activity over time', [], NOW).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const head = lines.slice(0, -1);
    expect(head.every((l) => l.startsWith('# '))).toBe(true);
    expect(head).toContain('# Moltscope export: Activity over time');
    expect(head).toContain('# Dataset: Synthetic society (socializing)');
    expect(head.some((l) => /^# SYNTHETIC DATA \(scenario socializing; seed 7\)/.test(l))).toBe(true);
    expect(head).toContain('# Filter: days 2026-01-29 to 2026-01-31 UTC; submolts: general');
    expect(head).toContain('# Times: ISO-8601 in UTC');
    expect(head).toContain(`# Code: ${codeVersion()}`);
    expect(codeVersion()).toMatch(/^Moltscope \d+\.\d+\.\d+/);
    expect(head).toContain('# Exported: 2026-02-01T12:00:00.000Z');
    expect(head).toContain(`# Link: ${base.link}`);
  });

  it('says when data is real and the whole dataset is covered', () => {
    const head = csvHeader({ ...base, synthetic: null, filter: { range: null, submolts: [] } }, 'x', [], NOW);
    expect(head).toContain('# Data: not synthetic');
    expect(head).not.toContain('SYNTHETIC');
    expect(head).toContain('# Filter: days 2026-01-28 to 2026-02-05 UTC (whole dataset); submolts: all\r\n');
  });

  it('keeps hostile names on their own line and in one cell, never a formula', () => {
    const hostile = {
      ...base,
      dataset: 'evil\r\n=HYPERLINK("http://x"),1',
      filter: { range: null, submolts: ['a,=1+1', 'b"\n@SUM(A1)'] },
    };
    const head = csvHeader(hostile, 'w', ['Query: SELECT 1,\n2'], NOW);
    const lines = head.split('\r\n').slice(0, -1);
    expect(lines.every((l) => l.startsWith('# '))).toBe(true);
    expect(head).not.toMatch(/[",\t]/);
    expect(lines).toHaveLength(9);
    expect(lines.at(-1)).toBe('# Query: SELECT 1; 2');
  });

  it('puts the header above the table', () => {
    const csv = csvWithProvenance(base, 'x', 'a,b\r\n1,2\r\n', [], NOW);
    const rows = csv.split('\r\n').filter((l) => l && !l.startsWith('#'));
    expect(rows).toEqual(['a,b', '1,2']);
    expect(csv.startsWith('# Moltscope export: x\r\n')).toBe(true);
  });

  it('names files by dataset, content and days', () => {
    expect(csvFileName(base, 'Activity over time')).toBe(
      'moltscope_synthetic-socializing_synthetic_activity-over-time_m-general_2026-01-29_2026-01-31.csv',
    );
    expect(
      csvFileName(
        { ...base, synthetic: null, filter: { range: null, submolts: [] }, datasetKey: 'real-sample' },
        'query',
        'parquet',
      ),
    ).toBe('moltscope_real-sample_query_2026-01-28_2026-02-05.parquet');
    expect(csvFileName({ ...base, datasetKey: '../../etc/passwd' }, '')).toMatch(
      /^moltscope_etc-passwd_synthetic_data_/,
    );
  });
});
