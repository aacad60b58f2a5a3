import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// The shared `module` condition picks OpenTelemetry's bundler-only ESM builds (extensionless imports), which
// Node cannot load; without it they resolve to their CommonJS builds, as in Node.
const conditions = ['@baton/source', 'import', 'node', 'default'];

export default mergeConfig(
  { ...shared, resolve: {}, ssr: {} },
  defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
  }),
);
