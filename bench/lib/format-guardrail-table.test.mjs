import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatGuardrailTable } from './format-guardrail-table.mjs';

const summary = (medianMs, completed) => ({
  runs: 10,
  medianMs,
  maxMs: medianMs + 5,
  checkerMedianMs: 55,
  beyondCheckerMedianMs: medianMs - 55,
  beyondCheckerMaxMs: medianMs - 50,
  mainRequests: 10,
  mainRequestsCompleted: completed,
});

describe('formatGuardrailTable', () => {
  it('gives one row per SDK and mode with the completed main requests out of those sent', () => {
    const rows = formatGuardrailTable({
      json: { baton: summary(60, 0), 'openai-agents': summary(1010, 10) },
      sse: { baton: summary(58, 0) },
    })
      .split('\n')
      .slice(2);
    assert.deepEqual(rows, [
      '| Baton, non-streamed | 60.0 | 65.0 | 55.0 | 5.0 | 10.0 | 0 / 10 | 10 |',
      '| @openai/agents, non-streamed | 1010.0 | 1015.0 | 55.0 | 955.0 | 960.0 | 10 / 10 | 10 |',
      '| Baton, streamed | 58.0 | 63.0 | 55.0 | 3.0 | 8.0 | 0 / 10 | 10 |',
    ]);
  });
});
