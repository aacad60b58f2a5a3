import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatSoakReport } from './format-soak-report.mjs';

test('reports heap growth as the end heap over the warm-up heap, per implementation', () => {
  const text = formatSoakReport({
    meta: {
      node: 'v24.0.0',
      cpuCount: 2,
      job: {
        runs: 100,
        warmupRuns: 10,
        concurrency: 5,
        turnsPerConversation: 2,
        mode: 'json',
      },
    },
    results: {
      baton: {
        errors: 0,
        heapAfterWarmupBytes: 20e6,
        heapAtEndBytes: 21e6,
        peakRssBytes: 150e6,
        cpuMsPerRun: 1.234,
        runsPerSecond: 812.4,
      },
      'openai-agents': {
        errors: 2,
        heapAfterWarmupBytes: 30e6,
        heapAtEndBytes: 45e6,
        peakRssBytes: 250e6,
        cpuMsPerRun: 2,
        runsPerSecond: 400,
      },
    },
  });
  assert.match(
    text,
    /\| Baton \| 0 \| 20\.0 \| 21\.0 \| 1\.05× \| 150\.0 \| 1\.23 \| 812 \|/,
  );
  assert.match(text, /\| @openai\/agents \| 2 \| 30\.0 \| 45\.0 \| 1\.50× \|/);
});
