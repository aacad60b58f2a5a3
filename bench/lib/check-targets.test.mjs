import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkTargets } from './check-targets.mjs';

const phase = (cpuMsPerRun, heapAfterGcBytes, peakRssBytes) => ({
  cpuMsPerRun,
  heapAfterGcBytes,
  peakRssBytes,
});

describe('checkTargets', () => {
  const runs = {
    json: {
      floor: {
        sequential: phase(4, 100, 1000),
        concurrent: phase(3, 100, 1000),
      },
      baton: {
        sequential: phase(4.4, 130, 1000),
        concurrent: phase(3.6, 100, 1200),
      },
    },
  };

  it('passes a ratio within its limit and fails one beyond it', () => {
    const checks = checkTargets({ runs, concurrency: 50 });
    const byTarget = Object.fromEntries(
      checks.map((check) => [check.target, check]),
    );
    assert.equal(
      byTarget['Baton CPU/run, sequential ≤ 1.15× floor (JSON)'].pass,
      true,
    );
    assert.equal(
      byTarget['Baton CPU/run, concurrency 50 ≤ 1.15× floor (JSON)'].pass,
      false,
    );
    assert.equal(
      byTarget['Baton heap after GC ≤ 1.2× floor (JSON)'].measured,
      '1.30×',
    );
    assert.equal(
      byTarget['Baton peak RSS at concurrency 50 ≤ 1.1× floor (JSON)'].pass,
      false,
    );
  });

  it('checks each traced variant against untraced Baton, when it was measured', () => {
    const traced = {
      json: {
        ...runs.json,
        'baton-otel': {
          sequential: phase(4.5, 130, 1000),
          concurrent: phase(4.0, 100, 1200),
        },
      },
    };
    const checks = checkTargets({ runs: traced, concurrency: 50 });
    const tracing = checks.filter((check) =>
      check.target.startsWith('Tracing'),
    );

    assert.deepEqual(
      tracing.map((check) => [check.target, check.pass]),
      [
        [
          'Tracing on (OpenTelemetry processor) CPU/run, sequential ≤ 1.05× untraced (JSON)',
          true,
        ],
        [
          'Tracing on (OpenTelemetry processor) CPU/run, concurrency 50 ≤ 1.05× untraced (JSON)',
          false,
        ],
      ],
    );
  });

  it('checks that the traced heap after the longer run stays within 10% of the shorter one', () => {
    const check = (heap) =>
      checkTargets({
        concurrency: 50,
        tracingHeap: [
          { runs: 1000, heapAfterGcBytes: 100 },
          { runs: 10000, heapAfterGcBytes: heap },
        ],
      }).find((c) => c.target.startsWith('Traced heap'));

    assert.equal(check(108).pass, true);
    assert.equal(check(125).pass, false);
    assert.equal(
      check(125).target,
      'Traced heap after GC, 10000 runs ≤ 1.1× after 1000',
    );
  });

  it('checks the cold-start targets against openai and the 100 ms budget', () => {
    const coldStart = {
      openai: { importMs: 50 },
      '@baton/agents': { importMs: 55 },
      '@baton/core': { importMs: 120 },
    };
    const checks = checkTargets({ coldStart, concurrency: 50 });
    assert.deepEqual(
      checks.map(({ target, pass }) => [target, pass]),
      [
        ["import('@baton/agents') ≤ 1.2× import('openai')", true],
        ["import('@baton/core') ≤ 100 ms", false],
      ],
    );
  });

  it('skips a mode without both Baton and the floor', () => {
    assert.deepEqual(
      checkTargets({
        runs: { json: { floor: runs.json.floor } },
        concurrency: 50,
      }),
      [],
    );
  });

  it("checks Baton's tripwire against its checker run + 20 ms and its completed main requests against 0", () => {
    const guardrail = {
      json: {
        baton: {
          runs: 10,
          beyondCheckerMedianMs: 4.2,
          mainRequestsCompleted: 0,
        },
        'openai-agents': {
          runs: 10,
          beyondCheckerMedianMs: 950,
          mainRequestsCompleted: 10,
        },
      },
      sse: {
        baton: {
          runs: 10,
          beyondCheckerMedianMs: 25,
          mainRequestsCompleted: 1,
        },
      },
    };
    const checks = checkTargets({ guardrail, concurrency: 50 });
    assert.deepEqual(
      checks.map(({ target, measured, pass }) => [target, measured, pass]),
      [
        [
          'Baton tripwire ≤ checker run + 20 ms, median (JSON)',
          '+4.2 ms',
          true,
        ],
        [
          'Baton main-model requests completed after a trip = 0 (JSON)',
          '0 of 10 runs',
          true,
        ],
        [
          'Baton tripwire ≤ checker run + 20 ms, median (SSE)',
          '+25.0 ms',
          false,
        ],
        [
          'Baton main-model requests completed after a trip = 0 (SSE)',
          '1 of 10 runs',
          false,
        ],
      ],
    );
  });

  it('checks the agents-as-tools scenario against the floor and @openai/agents', () => {
    const checks = checkTargets({
      agentTools: {
        sse: {
          floor: { sequential: phase(4, 0, 0) },
          baton: { sequential: phase(5, 0, 0) },
          'openai-agents': { sequential: phase(10, 0, 0) },
        },
      },
      concurrency: 50,
    });
    assert.deepEqual(
      checks.map((check) => [check.target, check.measured, check.pass]),
      [
        [
          'Agent tools: Baton CPU/run, sequential ≤ 1.15× floor (SSE)',
          '1.25×',
          false,
        ],
        [
          'Agent tools: Baton CPU/run, sequential ≤ @openai/agents (SSE)',
          '0.50×',
          true,
        ],
      ],
    );
  });
});
