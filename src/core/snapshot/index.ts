export * from './tables';
export * from './manifest';
export * from './errors';
export * from './column-kinds';
export * from './validate-columns';
export * from './validate-manifest';
