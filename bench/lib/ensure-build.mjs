/**
 * Baton is measured as users get it, from the built `dist` of each package: build first, or (with
 * `--skip-build`) check that a build is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['core', 'openai', 'testing', 'agents'];

/** Runs `npm run build` at the repository root (its output goes to stderr), then checks every dist entry. */
export function ensureBuild({ skipBuild }) {
  if (!skipBuild) {
    console.error('bench: npm run build');
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 2, 2],
    });
    if (build.status !== 0) {
      throw new Error(
        '`npm run build` failed (see above): fix the build, the benchmark measures the built packages.',
      );
    }
  }
  const missing = PACKAGES.filter(
    (name) => !existsSync(`${ROOT}packages/${name}/dist/esm/index.js`),
  );
  if (missing.length > 0) {
    throw new Error(
      `No built dist for ${missing.map((name) => `@baton/${name}`).join(', ')}: ` +
        'run `npm run build` at the repository root, or drop --skip-build.',
    );
  }
}
