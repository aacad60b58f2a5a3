import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * Resolves `openai` (and its subpaths) from another install prefix, as if the test had imported it from there.
 * The Node 24 pass (scripts/test-node24.sh) sets `BATON_OPENAI_DIR` to a throwaway prefix holding `openai@7`, so the
 * whole suite runs against the other end of the `^6 || ^7` peer range without touching package.json.
 */
function resolveOpenAIFrom(prefix: string): Plugin {
  // Resolution walks up from the importer, so a file inside the prefix finds prefix/node_modules/openai first.
  const importer = join(resolve(prefix), 'package.json');
  return {
    name: 'baton:openai-from-prefix',
    enforce: 'pre',
    resolveId(source, _importer, options) {
      if (source !== 'openai' && !source.startsWith('openai/')) return null;
      return this.resolve(source, importer, { ...options, skipSelf: true });
    },
  };
}

const openAIPrefix = process.env.BATON_OPENAI_DIR;

function settings(conditions: string[]) {
  return defineConfig({
    plugins: openAIPrefix ? [resolveOpenAIFrom(openAIPrefix)] : [],
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      testTimeout: 20_000,
      hookTimeout: 20_000,
      pool: 'forks',
      setupFiles: [
        fileURLToPath(new URL('./vitest.setup.ts', import.meta.url)),
      ],
    },
  });
}

/** Shared test settings: workspace packages resolve to their TypeScript source, so tests need no build. */
export default settings([
  '@baton/source',
  'import',
  'module',
  'node',
  'default',
]);

/**
 * The same, resolving packages as Node does, without the `module` condition: it picks OpenTelemetry's bundler-only
 * ESM builds (extensionless imports), which Node cannot load. For the packages whose tests load OpenTelemetry.
 */
export const nodeResolution = settings([
  '@baton/source',
  'import',
  'node',
  'default',
]);
