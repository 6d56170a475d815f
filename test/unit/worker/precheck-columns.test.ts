/**
 * A dropped vectors file is checked from its footer when the dataset opens: the Arrow types of its
 * schema must be named as DuckDB names them, or the contract check would judge them wrongly.
 */
import { describe, expect, it } from 'vitest';
import {
  Field,
  Float32,
  Float64,
  Int8,
  Int64,
  List,
  Uint16,
  Utf8,
  Timestamp,
  TimeUnit,
  Null,
} from 'apache-arrow';
import { duckdbTypeName } from '../../../workers/engine/precheck-columns';
import { validateColumns } from '../../../src/core/snapshot/validate-columns';

const list = (t: Int8 | Float32) => new List(new Field('item', t, true));

describe('duckdbTypeName', () => {
  it('names Arrow types as DESCRIBE does', () => {
    expect(duckdbTypeName(new Utf8())).toBe('VARCHAR');
    expect(duckdbTypeName(new Int64())).toBe('BIGINT');
    expect(duckdbTypeName(new Uint16())).toBe('USMALLINT');
    expect(duckdbTypeName(new Float32())).toBe('FLOAT');
    expect(duckdbTypeName(new Float64())).toBe('DOUBLE');
    expect(duckdbTypeName(new Timestamp(TimeUnit.MICROSECOND))).toBe('TIMESTAMP');
    expect(duckdbTypeName(list(new Int8()))).toBe('TINYINT[]');
    expect(duckdbTypeName(list(new Float32()))).toBe('FLOAT[]');
    expect(duckdbTypeName(new Null())).toBe('NULL');
  });

  it('lets int8 vectors through and refuses float vectors by the contract', () => {
    const fields = (vec: Int8 | Float32) => [
      { name: 'id', type: duckdbTypeName(new Utf8()) },
      { name: 'kind', type: duckdbTypeName(new Utf8()) },
      { name: 'vec', type: duckdbTypeName(list(vec)) },
      { name: 'scale', type: duckdbTypeName(new Float32()) },
    ];
    expect(() => validateColumns('embeddings', 'embeddings.parquet', fields(new Int8()))).not.toThrow();
    expect(() => validateColumns('embeddings', 'embeddings.parquet', fields(new Float32()))).toThrow(
      /"vec" should be list of int8/,
    );
  });
});
