import { defineConfig } from 'vitest/config';

/** Shared test settings: workspace packages resolve to their TypeScript source, so tests need no build. */
export default defineConfig({
  resolve: { conditions: ['@baton/source', 'import', 'module', 'node', 'default'] },
  ssr: { resolve: { conditions: ['@baton/source', 'import', 'module', 'node', 'default'] } },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
