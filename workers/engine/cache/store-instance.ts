import type { CacheStore } from './cache-store';
import { openOpfsStore } from './opfs-store';

let store: Promise<CacheStore | null> | null = null;

/** The worker's one cache store (OPFS), opened on first use; null where there is none. */
export function cacheStore(): Promise<CacheStore | null> {
  store ??= openOpfsStore();
  return store;
}
