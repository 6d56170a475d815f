import { describe, expect, it } from 'vitest';
import {
  formatDuckdbType,
  parseDuckdbType,
  varcharLeaves,
  type ColumnType,
} from '../../../../src/core/layouts/duckdb-type';

const fieldNames = (t: ColumnType): string[] => (t.kind === 'struct' ? [...t.fields.keys()] : []);

describe('DuckDB type strings', () => {
  it('reads nested STRUCTs with quoted, reserved and odd field names', () => {
    // As DESCRIBE prints it for {'na"me': 1, 'select': 'x', 'a b': [1,2], 'n': {'x': TIMESTAMPTZ}}.
    const t = parseDuckdbType(
      'STRUCT("na""me" INTEGER, "select" VARCHAR, "a b" INTEGER[], n STRUCT(x TIMESTAMP WITH TIME ZONE), d DECIMAL(10,2))',
    );
    expect(fieldNames(t)).toEqual(['na"me', 'select', 'a b', 'n', 'd']);
    const n = t.kind === 'struct' ? t.fields.get('n') : undefined;
    expect(n && n.kind === 'struct' ? n.fields.get('x') : undefined).toEqual({
      kind: 'scalar',
      name: 'TIMESTAMP WITH TIME ZONE',
    });
    expect(t.kind === 'struct' ? t.fields.get('d') : undefined).toEqual({
      kind: 'scalar',
      name: 'DECIMAL(10,2)',
    });
  });

  it('keeps lists, maps and unparsable text as opaque scalars', () => {
    expect(parseDuckdbType('STRUCT(a VARCHAR)[]')).toEqual({ kind: 'scalar', name: 'STRUCT(a VARCHAR)[]' });
    expect(parseDuckdbType('MAP(VARCHAR, INTEGER)').kind).toBe('scalar');
    expect(parseDuckdbType('STRUCT("unterminated VARCHAR)')).toEqual({
      kind: 'scalar',
      name: 'STRUCT("unterminated VARCHAR)',
    });
    expect(parseDuckdbType('STRUCT(lonely)').kind).toBe('scalar');
  });

  it('formats back with every name quoted, and with VARCHAR leaves for JSON reads', () => {
    const t = parseDuckdbType('STRUCT(id BIGINT, "we""ird" STRUCT(x DOUBLE))');
    expect(formatDuckdbType(t)).toBe('STRUCT("id" BIGINT, "we""ird" STRUCT("x" DOUBLE))');
    expect(formatDuckdbType(varcharLeaves(t))).toBe('STRUCT("id" VARCHAR, "we""ird" STRUCT("x" VARCHAR))');
    expect(parseDuckdbType(formatDuckdbType(t))).toEqual(t);
  });
});
