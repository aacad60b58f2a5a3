import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertSameRequests } from './assert-same-requests.mjs';

const same = { requestsPerRun: 4, differences: [] };

describe('assertSameRequests', () => {
  it('accepts four model calls per run (three main calls and the input guardrail)', () => {
    const logged = [];
    assertSameRequests(
      { json: { floor: same, baton: same, 'openai-agents': same } },
      (line) => logged.push(line),
    );
    assert.deepEqual(logged, []);
  });

  it('fails a run that skipped the guardrail request', () => {
    assert.throws(
      () =>
        assertSameRequests(
          { sse: { floor: same, baton: { ...same, requestsPerRun: 3 } } },
          () => {},
        ),
      /baton \(sse\) made 3 model calls per run instead of 4/,
    );
  });

  it('fails when Baton asks other than the floor', () => {
    assert.throws(
      () =>
        assertSameRequests(
          { json: { floor: same, baton: { ...same, differences: ['[1].x'] } } },
          () => {},
        ),
      /update implementations\/floor\.mjs/,
    );
  });

  it('only logs what @openai/agents sends differently', () => {
    const logged = [];
    assertSameRequests(
      {
        json: {
          floor: same,
          'openai-agents': { ...same, differences: ['[0].include'] },
        },
      },
      (line) => logged.push(line),
    );
    assert.deepEqual(logged, [
      '  openai-agents (json) differs from the floor: [0].include',
    ]);
  });
});
