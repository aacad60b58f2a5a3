import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  describeFrame,
  mergeSummaries,
  summarizeProfile,
} from './summarize-profile.mjs';

const frame = (functionName, url = '') => ({
  functionName,
  url,
  lineNumber: 0,
  columnNumber: 0,
});

// Samples at t = 10, 20, 30, 40 (startTime 0); each sample owns the interval up to the next one.
const profile = {
  startTime: 0,
  nodes: [
    { id: 1, callFrame: frame('(root)') },
    {
      id: 2,
      callFrame: frame(
        'runLoop',
        'file:///repo/packages/core/dist/esm/run/loop.js',
      ),
    },
    {
      id: 3,
      callFrame: frame(
        'create',
        'file:///repo/node_modules/openai/resources/responses.mjs',
      ),
    },
    { id: 4, callFrame: frame('(idle)') },
    { id: 5, callFrame: frame('(garbage collector)') },
  ],
  samples: [2, 3, 4, 5, 2],
  timeDeltas: [10, 10, 10, 10, 10],
};

describe('summarizeProfile', () => {
  it('gives each sample the interval up to the next one, leaving idle time out', () => {
    const summary = summarizeProfile(profile);
    assert.equal(summary.totalMs, 0.03);
    assert.deepEqual(
      summary.categories.map(({ category, ms }) => [category, ms]),
      [
        ['@baton/core', 0.01],
        ['openai', 0.01],
        ['garbage collection', 0.01],
      ],
    );
  });

  it('keeps only the samples inside the window', () => {
    const summary = summarizeProfile(profile, { window: [15, 45] });
    assert.deepEqual(
      summary.functions.map(({ name }) => name),
      ['create', '(garbage collector)'],
    );
  });

  it('computes shares of the non-idle total', () => {
    const [first] = summarizeProfile(profile).functions;
    assert.ok(Math.abs(first.share - 1 / 3) < 1e-9);
  });
});

describe('describeFrame', () => {
  it('names a Baton dist file by its TypeScript source', () => {
    assert.deepEqual(
      describeFrame(
        frame('runLoop', 'file:///x/packages/core/dist/esm/run/loop.js'),
      ),
      {
        category: '@baton/core',
        file: 'packages/core/src/run/loop.ts',
        name: 'runLoop',
      },
    );
  });

  it('groups a scoped dependency under its package name', () => {
    const described = describeFrame(
      frame('run', 'file:///x/node_modules/@openai/agents-core/dist/run.mjs'),
    );
    assert.equal(described.category, '@openai/agents-core');
  });

  it('uses the innermost node_modules package for nested dependencies', () => {
    const url =
      'file:///x/node_modules/@openai/agents/node_modules/openai/core.mjs';
    assert.equal(describeFrame(frame('f', url)).category, 'openai');
  });

  it('files Node internals and anonymous functions', () => {
    assert.deepEqual(
      describeFrame(frame('', 'node:internal/streams/readable')),
      {
        category: 'Node internals',
        file: 'node:internal/streams/readable',
        name: '(anonymous)',
      },
    );
  });
});

describe('mergeSummaries', () => {
  it('adds the time of the same function across profiles and recomputes shares', () => {
    const once = summarizeProfile(profile);
    const merged = mergeSummaries([once, once]);
    assert.equal(merged.totalMs, 0.06);
    assert.equal(merged.functions.length, once.functions.length);
    assert.ok(Math.abs(merged.functions[0].ms - 0.02) < 1e-12);
    assert.ok(Math.abs(merged.functions[0].share - 1 / 3) < 1e-9);
  });
});
