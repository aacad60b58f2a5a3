import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatOwnCostTable } from './format-own-cost-table.mjs';

const phase = (ms) => ({ cpuMsPerRun: ms });
const entry = (sequential, concurrent) => ({
  sequential: phase(sequential),
  concurrent: phase(concurrent),
});

describe('formatOwnCostTable', () => {
  it('shows CPU per run in µs and what Baton adds to the floor', () => {
    const text = formatOwnCostTable(
      {
        json: {
          floor: entry(0.01, 0.012),
          baton: entry(0.1, 0.15),
          'openai-agents': entry(0.4, 0.5),
        },
      },
      { concurrency: 50 },
    );
    assert.match(
      text,
      /\| JSON, sequential \| 10 \| 100 \| 400 \| 90 \| 0\.25× \|/,
    );
    assert.match(
      text,
      /\| JSON, concurrency 50 \| 12 \| 150 \| 500 \| 138 \| 0\.30× \|/,
    );
  });

  it('leaves the comparison with @openai/agents out when it was not measured', () => {
    const text = formatOwnCostTable(
      { sse: { floor: entry(0.01, 0.01), baton: entry(0.2, 0.2) } },
      { concurrency: 50 },
    );
    assert.match(text, /\| SSE, sequential \| 10 \| 200 \| 190 \| – \|/);
  });
});
