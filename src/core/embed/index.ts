export * from './hashing-embedder';
export * from './quantize';
export * from './pca';
export { hashString } from './hash';
