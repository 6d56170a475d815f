/** Set by vite.config.ts `define`: package.json's version and the git commit built (or ''). */
declare const __MOLTSCOPE_VERSION__: string;
declare const __MOLTSCOPE_COMMIT__: string;
