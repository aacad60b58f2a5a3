// Runs with node's test runner: node --test scripts/check-deps.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkDependencies } from './check-deps.mjs';
import { findCycles } from './find-cycles.mjs';

const checker = join(dirname(fileURLToPath(import.meta.url)), 'check-deps.mjs');
const roots = [];

after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Writes `files` (path → text, or an object written as JSON) into a fresh temporary repository. */
function writeTree(files) {
  const root = mkdtempSync(join(tmpdir(), 'baton-check-deps-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    const text =
      typeof content === 'string' ? content : JSON.stringify(content);
    writeFileSync(join(root, path), text);
  }
  return root;
}

const rootManifest = {
  private: true,
  workspaces: ['packages/*', 'examples'],
  devDependencies: { vitest: '*' },
};

function cleanTree() {
  return {
    'package.json': rootManifest,
    'packages/core/package.json': {
      name: '@baton/core',
      peerDependencies: { zod: '*', openai: '*' },
    },
    'packages/core/src/index.ts':
      "export { run } from './run/run.js';\nexport type { Item } from './items/items.js';\n",
    'packages/core/src/run/run.ts':
      "import type OpenAI from 'openai';\nimport { type Item } from '../items/items.js';\nimport { z } from 'zod';\nexport const run = (item: Item, client?: OpenAI) => z.string();\n",
    'packages/core/src/items/items.ts':
      'export type Item = { type: string };\n',
    'packages/core/src/items/items.test.ts':
      "import { it } from 'vitest';\nimport { run } from '@baton/core';\nit('runs', () => run);\n",
    'packages/openai/package.json': {
      name: '@baton/openai',
      dependencies: { '@baton/core': '0.1.0' },
      peerDependencies: { openai: '*' },
    },
    'packages/openai/src/index.ts':
      "import OpenAI from 'openai';\nimport { run } from '@baton/core';\nimport { readFile } from 'node:fs/promises';\nexport { OpenAI, run, readFile };\n",
    'examples/package.json': {
      name: '@baton/examples',
      private: true,
      dependencies: { '@baton/agents': '0.1.0' },
    },
    'examples/main.ts':
      "import { run } from '@baton/agents';\nimport { startEmulator } from '@baton/testing';\nimport { helper } from './helper.js';\n",
    'examples/helper.ts': 'export const helper = 1;\n',
  };
}

function violatingTree() {
  return {
    ...cleanTree(),
    'packages/core/package.json': {
      name: '@baton/core',
      devDependencies: { '@baton/openai': '0.1.0' },
      peerDependencies: { zod: '*' },
    },
    'packages/core/src/model/client.ts':
      "import OpenAI from 'openai';\nimport { model } from '@baton/openai';\nexport const client = new OpenAI();\n",
    'packages/core/src/items/items.ts':
      "import { run } from '../run/run.js';\nexport type Item = { type: string };\nexport const again = run;\n",
    'packages/core/src/state/a.ts':
      "import { b } from './b.js';\nexport const a = () => b;\n",
    'packages/core/src/state/b.ts':
      "import { a } from './a.js';\nexport const b = () => a;\n",
    'packages/core/src/state/self.ts':
      "import { x } from '@baton/core';\nexport const y = x;\n",
    'examples/deep.ts':
      "import { Agent } from '@baton/core';\nimport { run } from '../packages/core/src/index.js';\n",
  };
}

describe('check-deps', () => {
  it('accepts a tree that follows the package direction and import rules', () => {
    assert.deepEqual(checkDependencies(writeTree(cleanTree())), []);
  });

  it('reports each broken rule with the file that breaks it', () => {
    const violations = checkDependencies(writeTree(violatingTree()));
    const seen = violations.map((v) => `${v.rule} ${v.file}`);
    const expected = [
      'package-direction packages/core/package.json',
      'package-cycle packages/core/package.json',
      'core-runtime-openai packages/core/src/model/client.ts:1',
      'undeclared-dependency packages/core/src/model/client.ts:1',
      'core-imports-provider packages/core/src/model/client.ts:2',
      'core-layering packages/core/src/items/items.ts:1',
      'undeclared-dependency packages/core/src/run/run.ts:1',
      'self-import packages/core/src/state/self.ts:1',
      'examples-public-api examples/deep.ts:1',
      'examples-public-api examples/deep.ts:2',
    ];
    for (const entry of expected)
      assert.ok(
        seen.includes(entry),
        `missing ${entry} in\n${seen.join('\n')}`,
      );
    const fileCycle = violations.find((v) => v.rule === 'file-cycle');
    assert.match(
      fileCycle.message,
      /state\/(a|b)\.ts → state\/(a|b)\.ts → state\/(a|b)\.ts/,
    );
  });

  it('lets core name openai types but not load openai', () => {
    const tree = cleanTree();
    tree['packages/core/src/run/types.ts'] =
      "import { type ClientOptions } from 'openai';\nexport type { Stream } from 'openai/streaming';\nexport type T = import('openai').OpenAI;\n";
    assert.deepEqual(checkDependencies(writeTree(tree)), []);
  });

  it('ignores type-only imports when looking for file cycles', () => {
    const tree = cleanTree();
    tree['packages/core/src/state/a.ts'] =
      "import type { B } from './b.js';\nexport type A = B;\nexport const a = 1;\n";
    tree['packages/core/src/state/b.ts'] =
      "import { a } from './a.js';\nexport type B = string;\nexport const b = a;\n";
    assert.deepEqual(checkDependencies(writeTree(tree)), []);
  });

  it('exits 1 from the command line and names the rule and file', () => {
    const result = spawnSync(
      process.execPath,
      [checker, writeTree(violatingTree())],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /\[core-runtime-openai\] packages\/core\/src\/model\/client\.ts:1/,
    );
  });

  it('exits 0 from the command line on a clean tree', () => {
    const result = spawnSync(
      process.execPath,
      [checker, writeTree(cleanTree())],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
  });

  it('finds a cycle through three nodes and reports it in import order', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    assert.deepEqual(findCycles(edges), [['a', 'b', 'c']]);
  });
});
