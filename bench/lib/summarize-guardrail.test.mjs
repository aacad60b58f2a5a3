import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarizeGuardrail } from './summarize-guardrail.mjs';

describe('summarizeGuardrail', () => {
  const runs = [
    { ms: 60, checkerMs: 52 },
    { ms: 58, checkerMs: 50 },
    { ms: 90, checkerMs: 55 },
  ];

  it('reports the median and max time to the tripwire and the time beyond the checker run', () => {
    const summary = summarizeGuardrail({ runs, records: [], mainModel: 'm' });
    assert.equal(summary.runs, 3);
    assert.equal(summary.medianMs, 60);
    assert.equal(summary.maxMs, 90);
    assert.equal(summary.checkerMedianMs, 52);
    assert.equal(summary.beyondCheckerMedianMs, 8);
    assert.equal(summary.beyondCheckerMaxMs, 35);
  });

  it('counts only main-model requests, and as completed only those the client did not abandon', () => {
    const records = [
      { model: 'small', clientDisconnected: false },
      { model: 'big', clientDisconnected: true },
      { model: 'big', clientDisconnected: false },
      { model: 'small', clientDisconnected: false },
    ];
    const summary = summarizeGuardrail({ runs, records, mainModel: 'big' });
    assert.equal(summary.mainRequests, 2);
    assert.equal(summary.mainRequestsCompleted, 1);
  });
});
