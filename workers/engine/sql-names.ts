/** Identifier quoting for the loader's SQL: the one escaping implementation of src/core/sql. */
export { sqlIdent as quoteIdent } from '../../src/core/sql/escape';
