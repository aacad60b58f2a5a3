import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatColdStartTable, formatRunsTable } from './format-report.mjs';

const phase = (cpuMsPerRun) => ({
  cpuMsPerRun,
  runsPerSecond: 100 / cpuMsPerRun,
  peakRssBytes: 100 * 1024 * 1024,
  rssAfterSetupBytes: 60 * 1024 * 1024,
  heapAfterGcBytes: 10 * 1024 * 1024,
});
const implementation = (cpu) => ({
  sequential: phase(cpu),
  concurrent: phase(cpu),
});

describe('formatRunsTable', () => {
  const markdown = formatRunsTable(
    {
      floor: implementation(4),
      baton: implementation(5),
      'openai-agents': implementation(10),
    },
    { concurrency: 50 },
  );

  it('gives every implementation a column and its ratios to the floor and to @openai/agents', () => {
    const [header] = markdown.split('\n');
    assert.equal(
      header,
      '| Metric | floor | Baton | @openai/agents | Baton ÷ floor | @openai/agents ÷ floor | Baton ÷ @openai/agents |',
    );
  });

  it('computes the ratios from the values', () => {
    const cpuRow = markdown
      .split('\n')
      .find((row) => row.startsWith('| CPU per run, sequential'));
    assert.equal(
      cpuRow,
      '| CPU per run, sequential (ms) | 4.00 | 5.00 | 10.00 | 1.25× | 2.50× | 0.50× |',
    );
  });

  it('leaves out a metric some implementation lacks (main-thread CPU needs Node 23.9+)', () => {
    assert.doesNotMatch(markdown, /main thread only/);
    const withMainThread = (cpu) => {
      const entry = implementation(cpu);
      entry.sequential = {
        ...entry.sequential,
        mainThreadCpuMsPerRun: cpu / 2,
      };
      return entry;
    };
    const complete = formatRunsTable(
      { floor: withMainThread(4), baton: withMainThread(5) },
      { concurrency: 50 },
    );
    assert.match(
      complete,
      /\| CPU per run, main thread only, sequential \(ms\) \| 2\.00 \| 2\.50 \| 1\.25× \|/,
    );
  });

  it('states the spread of CPU per run across repeats under the table', () => {
    const entry = implementation(4);
    entry.sequential = { ...entry.sequential, cpuMsPerRunRange: [3.9, 4.4] };
    entry.concurrent = { ...entry.concurrent, cpuMsPerRunRange: [3.5, 3.6] };
    const text = formatRunsTable({ floor: entry }, { concurrency: 50 });
    assert.match(text, /floor 3\.90–4\.40 \/ 3\.50–3\.60/);
  });

  it('shows memory in megabytes', () => {
    const rssRow = markdown
      .split('\n')
      .find((row) => row.startsWith('| Peak RSS, concurrency 50'));
    assert.match(rssRow, /\| 100\.0 \| 100\.0 \| 100\.0 \| 1\.00× \|/);
  });
});

describe('formatColdStartTable', () => {
  it('relates each import to openai and @openai/agents', () => {
    const sample = (importMs) => ({
      importMs,
      processMs: importMs + 30,
      samples: [{}, {}, {}, {}, {}, {}, {}],
    });
    const markdown = formatColdStartTable({
      openai: sample(40),
      '@baton/core': sample(20),
      '@openai/agents': sample(200),
    });
    const coreRow = markdown
      .split('\n')
      .find((row) => row.includes('@baton/core'));
    assert.equal(
      coreRow,
      "| `import('@baton/core')` | 20.0 | 50.0 | 0.50× | 0.10× | 7 |",
    );
  });
});
