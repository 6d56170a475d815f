import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The site is served from a sub-path on GitHub Pages (https://<owner>.github.io/<repo>/).
// BASE_PATH overrides it; tests build with the same sub-path so relative URLs are exercised.
const base = process.env.BASE_PATH ?? '/moltscope/';

export default defineConfig({
  base,
  plugins: [svelte()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  test: {
    include: ['test/unit/**/*.test.ts', 'datasets/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
