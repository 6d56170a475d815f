import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The code version exports name in their provenance: package.json's version and, where the build
// runs in a git clone, the commit (with "+changes" when the tree differs from it).
const version = (
  JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string }
).version;
function gitCommit(): string {
  try {
    const hash = execSync('git rev-parse --short=12 HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    return dirty ? `${hash}+changes` : hash;
  } catch {
    return '';
  }
}

// The site is served from a sub-path on GitHub Pages (https://<owner>.github.io/<repo>/).
// BASE_PATH overrides it; tests build with the same sub-path so relative URLs are exercised.
const base = process.env.BASE_PATH ?? '/moltscope/';

export default defineConfig({
  base,
  plugins: [svelte()],
  define: {
    __MOLTSCOPE_VERSION__: JSON.stringify(version),
    __MOLTSCOPE_COMMIT__: JSON.stringify(gitCommit()),
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  test: {
    include: ['test/unit/**/*.test.ts', 'datasets/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Both cores (the default leaves one idle on a 2-core machine), and one module graph per
    // worker rather than per file: the suite took 136 s file by file, 68 s so. The files share no
    // state: spies and stubbed globals are undone after every test, and a shuffled order passes.
    maxWorkers: 2,
    isolate: false,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
