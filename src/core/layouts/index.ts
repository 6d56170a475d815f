/** Public Moltbook layouts mapped onto the builder's staging columns (pure TS, browser-safe). */
export { ColumnIndex, type SourceColumn } from './column-index';
export { detectLayout, tableHint, type LayoutMatch, type LayoutResult } from './detect-layout';
export { parseDuckdbType, formatDuckdbType, varcharLeaves, type ColumnType } from './duckdb-type';
export { FIELD_RULES, NAME_ID_PREFIX, NESTED_ROOTS, type StagingTable } from './field-rules';
export { fieldSql, pathSql, selectListSql } from './field-sql';
export { columnsOfObject, columnsOfSample, NULL_TYPE, rowFromObject } from './object-rows';
export { resolveFields, usedPaths, type ResolvedField } from './resolve-fields';
export { readColumnsFor } from './read-columns';
