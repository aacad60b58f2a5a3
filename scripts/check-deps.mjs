#!/usr/bin/env node
// Enforces the package direction of design.md §1 and the import boundaries of house style §8:
//   node scripts/check-deps.mjs [repository root]
// It prints one line per violation, naming the rule and the file, and exits 1 if there is any.
// A small checker rather than dependency-cruiser, which needs a newer Node than the one Baton supports.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCycles } from './find-cycles.mjs';
import {
  listSourceFiles,
  packageName,
  resolveRelative,
  scanImports,
} from './scan-imports.mjs';

/**
 * How low a published package sits: a package may depend only on packages of a strictly lower layer.
 * Packages not listed (session stores, MCP, ...) are adapters on top of core, like `@baton/openai`.
 */
const LAYERS = {
  '@baton/tracing': 0,
  '@baton/core': 1,
  '@baton/openai': 2,
  '@baton/tools': 2,
  '@baton/testing': 2,
  '@baton/agents': 3,
};
const ADAPTER_LAYER = 2;

/** SDKs of model providers: core may name their types but never load them. */
const PROVIDER_SDKS = [
  'openai',
  '@anthropic-ai/sdk',
  '@google/genai',
  '@google/generative-ai',
  '@mistralai/mistralai',
  'groq-sdk',
  'ollama',
  'ai',
];
const PROVIDER_SCOPES = ['@ai-sdk/'];

/**
 * What examples may import of Baton: the umbrella (and its OpenTelemetry entry), as a user would, the durable
 * runner (`@baton/restate`, which the umbrella does not re-export: it brings the Restate SDK), and the testing kit
 * for offline demos.
 */
const EXAMPLE_IMPORTS = new Set([
  '@baton/agents',
  '@baton/agents/otel',
  '@baton/restate',
  '@baton/testing',
]);

const BUILTINS = new Set(builtinModules);

/**
 * Checks the repository at `root` and returns every violation found.
 * @param {string} root the repository root (the directory of the workspace package.json)
 * @returns {{ rule: string, file: string, message: string }[]}
 */
export function checkDependencies(root) {
  const violations = [];
  const report = (rule, file, message) =>
    violations.push({ rule, file: relative(root, file) || '.', message });
  const rootManifest = readJson(join(root, 'package.json'));
  const workspaces = readWorkspaces(root, rootManifest);
  checkWorkspaceGraph(workspaces, report);
  for (const workspace of workspaces) {
    if (!workspace.manifest.private) {
      checkPackageSource({ workspace, rootManifest, report });
    }
  }
  const examples = workspaces.find((w) => relative(root, w.dir) === 'examples');
  if (examples) checkExamples(examples, report);
  return violations;
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Expands the root `workspaces` globs (only `dir/*` and plain paths, which is all npm needs here). */
function readWorkspaces(root, rootManifest) {
  const patterns = Array.isArray(rootManifest.workspaces)
    ? rootManifest.workspaces
    : (rootManifest.workspaces?.packages ?? []);
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [join(root, pattern)];
    const parent = join(root, pattern.slice(0, -2));
    if (!existsSync(parent)) return [];
    return readdirSync(parent).map((name) => join(parent, name));
  });
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: readJson(join(dir, 'package.json')) }));
}

function declaredDependencies(manifest, { includeDev }) {
  return new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
    ...(includeDev ? Object.keys(manifest.devDependencies ?? {}) : []),
  ]);
}

/** Rule (a): workspace dependencies form no cycle (turbo rejects one) and only point down the layers. */
function checkWorkspaceGraph(workspaces, report) {
  const byName = new Map(workspaces.map((w) => [w.manifest.name, w]));
  const edges = new Map();
  for (const { dir, manifest } of workspaces) {
    const local = [
      ...declaredDependencies(manifest, { includeDev: true }),
    ].filter((name) => byName.has(name));
    edges.set(manifest.name, local);
    if (manifest.private) continue;
    const ownLayer = layerOf(manifest.name);
    for (const dependency of local) {
      const target = byName.get(dependency).manifest;
      if (target.private) {
        report(
          'package-direction',
          join(dir, 'package.json'),
          `${manifest.name} depends on the private workspace ${dependency}.`,
        );
      } else if (layerOf(dependency) >= ownLayer) {
        report(
          'package-direction',
          join(dir, 'package.json'),
          `${manifest.name} must not depend on ${dependency}: packages depend only downwards (tracing ← core ← {openai, tools, testing} ← agents).`,
        );
      }
    }
  }
  for (const cycle of findCycles(edges)) {
    const first = byName.get(cycle[0]);
    report(
      'package-cycle',
      join(first.dir, 'package.json'),
      `workspace dependency cycle: ${[...cycle, cycle[0]].join(' → ')}.`,
    );
  }
}

function layerOf(name) {
  return LAYERS[name] ?? ADAPTER_LAYER;
}

/** Rule (b): what the source of one published package may import. */
function checkPackageSource({ workspace, rootManifest, report }) {
  const { dir, manifest } = workspace;
  const srcDir = join(dir, 'src');
  if (!existsSync(srcDir)) return;
  const runtimeDependencies = declaredDependencies(manifest, {
    includeDev: false,
  });
  const testDependencies = new Set([
    ...declaredDependencies(manifest, { includeDev: true }),
    ...Object.keys(rootManifest.devDependencies ?? {}),
  ]);
  const fileEdges = new Map();
  for (const file of listSourceFiles(srcDir)) {
    const isTest = /\.test(-d)?\.[cm]?[jt]sx?$/.test(file);
    const local = [];
    fileEdges.set(file, local);
    for (const found of scanImports(file)) {
      const where = `${file}:${found.line}`;
      if (found.specifier.startsWith('.')) {
        const target = resolveRelative(file, found.specifier);
        if (!target) continue;
        checkCoreLayout({ manifest, srcDir, file, target, where, report });
        if (!found.typeOnly && target.startsWith(srcDir + sep))
          local.push(target);
        continue;
      }
      const name = packageName(found.specifier);
      if (
        name === null ||
        BUILTINS.has(found.specifier) ||
        found.specifier.startsWith('node:')
      )
        continue;
      checkBareImport({ manifest, name, found, isTest, where, report });
      const allowed = isTest ? testDependencies : runtimeDependencies;
      if (name !== manifest.name && !allowed.has(name)) {
        report(
          'undeclared-dependency',
          where,
          `imports ${name}, which ${manifest.name} does not declare in ${isTest ? 'its (dev)dependencies' : 'dependencies or peerDependencies'}.`,
        );
      }
    }
  }
  for (const cycle of findCycles(fileEdges)) {
    const names = [...cycle, cycle[0]].map((file) => relative(srcDir, file));
    report(
      'file-cycle',
      cycle[0],
      `runtime import cycle inside ${manifest.name}: ${names.join(' → ')}.`,
    );
  }
}

function checkBareImport({ manifest, name, found, isTest, where, report }) {
  if (name === manifest.name && !isTest) {
    report(
      'self-import',
      where,
      `imports its own package ${name}; import the file relatively.`,
    );
  }
  if (manifest.name === '@baton/tracing' && name.startsWith('@baton/')) {
    report(
      'package-direction',
      where,
      `@baton/tracing imports nothing of Baton, but imports ${name}.`,
    );
  }
  if (manifest.name !== '@baton/core') return;
  if (
    name.startsWith('@baton/') &&
    name !== '@baton/core' &&
    name !== '@baton/tracing'
  ) {
    report(
      'core-imports-provider',
      where,
      `@baton/core must not import ${name}; that package depends on core, not the other way.`,
    );
  }
  const isProvider =
    PROVIDER_SDKS.includes(name) ||
    PROVIDER_SCOPES.some((scope) => name.startsWith(scope));
  if (isProvider && !found.typeOnly) {
    report(
      'core-runtime-openai',
      where,
      `@baton/core loads ${found.specifier} at runtime; use \`import type\`, or move the code to a provider package.`,
    );
  }
}

/** `items/` and `errors/` sit below the run loop: they are what run/ is made of. */
function checkCoreLayout({ manifest, srcDir, file, target, where, report }) {
  if (manifest.name !== '@baton/core') return;
  const from = relative(srcDir, file).split(sep)[0];
  const to = relative(srcDir, target).split(sep)[0];
  if ((from === 'items' || from === 'errors') && to === 'run') {
    report(
      'core-layering',
      where,
      `core/src/${from}/ must not import from core/src/run/ (${relative(srcDir, target)}).`,
    );
  }
}

/** examples/ use Baton exactly as a user would: through the published entry points, never by path. */
function checkExamples({ dir }, report) {
  for (const file of listSourceFiles(dir)) {
    for (const found of scanImports(file)) {
      const where = `${file}:${found.line}`;
      if (found.specifier.startsWith('.')) {
        const target = resolve(dirname(file), found.specifier);
        if (!target.startsWith(dir + sep)) {
          report(
            'examples-public-api',
            where,
            `reaches outside examples/ (${found.specifier}); import '@baton/agents' instead.`,
          );
        }
        continue;
      }
      const name = packageName(found.specifier);
      if (
        name?.startsWith('@baton/') &&
        !EXAMPLE_IMPORTS.has(found.specifier)
      ) {
        report(
          'examples-public-api',
          where,
          `imports ${found.specifier}; examples import Baton only through '@baton/agents' (or '@baton/testing').`,
        );
      }
    }
  }
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(process.argv[2] ?? join(here, '..'));
  const violations = checkDependencies(root);
  for (const { rule, file, message } of violations) {
    console.error(`✖ [${rule}] ${file}: ${message}`);
  }
  if (violations.length > 0) {
    console.error(
      `\ncheck-deps: ${violations.length} violation(s). Rules: design.md §1, house style §8.`,
    );
    process.exitCode = 1;
  } else {
    console.log('check-deps: package direction and import boundaries hold.');
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) main();
