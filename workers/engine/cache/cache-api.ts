import type { CacheInfo } from '../../../src/core/worker-api';
import { savingSettled, stopSaving } from './cache-writer';
import { cacheStore } from './store-instance';

/** The engine API's cache methods (see EngineApi in src/core/worker-api.ts). */
export const cacheApi = {
  async cacheInfo(): Promise<CacheInfo> {
    const store = await cacheStore();
    if (!store) return { available: false, bytes: 0, entries: 0 };
    return { available: true, ...(await store.usage().catch(() => ({ bytes: 0, entries: 0 }))) };
  },

  async clearCache(): Promise<CacheInfo> {
    await stopSaving();
    await (await cacheStore())?.clear();
    return cacheApi.cacheInfo();
  },

  cacheSettled: savingSettled,
};
