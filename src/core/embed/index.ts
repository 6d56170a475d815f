export * from './hashing-embedder';
export * from './quantize';
export * from './svd';
export * from './distortion';
export { hashString } from './hash';
