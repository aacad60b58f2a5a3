import { describe, expect, it } from 'vitest';
import {
  Agent,
  ModelRequestError,
  retryPolicies,
  type ModelRetrySettings,
  type RetryPolicy,
} from '@baton/core';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();

function agent(retry: ModelRetrySettings): Agent {
  return new Agent({ name: 'A', modelSettings: { retry } });
}

const quick = { initialDelayMs: 1, maxDelayMs: 5 };

describe('model retries on the wire', () => {
  it('retries a 429 after the retry-after-ms the API sent, and the run succeeds', async () => {
    const seen: Array<number | undefined> = [];
    const recordWait: RetryPolicy = (context) => {
      seen.push(context.normalized.retryAfterMs);
      return retryPolicies.retryAfter()(context);
    };
    const wire = await startWire({
      faults: [{ kind: 'rate_limit', retryAfterMs: 20 }],
    });
    const result = await wire.runner.run(
      agent({ maxRetries: 2, policy: recordWait }),
      'hello',
    );
    expect(result.finalOutput).toBeTruthy();
    expect(seen).toEqual([20]);
    expect(responsesBodies(wire.emulator)).toHaveLength(2);
  });

  it('reads a retry-after in seconds when the API sends no retry-after-ms', async () => {
    const seen: Array<number | undefined> = [];
    const wire = await startWire({
      faults: [{ kind: 'rate_limit', retryAfterSeconds: 0 }],
    });
    await wire.runner.run(
      agent({
        maxRetries: 1,
        policy: (context) => {
          seen.push(context.normalized.retryAfterMs);
          return retryPolicies.httpStatus([429])(context);
        },
      }),
      'hello',
    );
    expect(seen).toEqual([0]);
  });

  it('retries a 500 with backoff until it succeeds', async () => {
    const wire = await startWire({
      faults: [{ kind: 'server_error', times: 2 }],
    });
    const result = await wire.runner.run(
      agent({
        maxRetries: 3,
        backoff: quick,
        policy: retryPolicies.httpStatus([500]),
      }),
      'hello',
    );
    expect(result.finalOutput).toBeTruthy();
    expect(wire.emulator.requests).toHaveLength(3);
  });

  it('retries a connection reset as a network error', async () => {
    const wire = await startWire({ faults: [{ kind: 'reset', times: 2 }] });
    const result = await wire.runner.run(
      agent({
        maxRetries: 2,
        backoff: quick,
        policy: retryPolicies.networkError(),
      }),
      'hello',
    );
    expect(result.finalOutput).toBeTruthy();
    expect(wire.emulator.requests).toHaveLength(3);
  });

  it('sends each attempt with the client retries off, so attempts never multiply', async () => {
    // The client would retry each attempt twice on its own (maxRetries 2): 2 Baton attempts would be 6 requests.
    const wire = await startWire({
      maxRetries: 2,
      faults: [{ kind: 'server_error', times: 10 }],
    });
    const error = await wire.runner
      .run(
        agent({
          maxRetries: 1,
          backoff: quick,
          policy: retryPolicies.httpStatus([500]),
        }),
        'hello',
      )
      .catch((caught: unknown) => caught);
    expect(ModelRequestError.isInstance(error)).toBe(true);
    expect((error as ModelRequestError).status).toBe(500);
    expect(wire.emulator.requests).toHaveLength(2);
  });

  it("leaves the client's own retries on when no Baton policy is set", async () => {
    const wire = await startWire({
      maxRetries: 2,
      faults: [{ kind: 'server_error', times: 10 }],
    });
    await expect(
      wire.runner.run(new Agent({ name: 'A' }), 'hello'),
    ).rejects.toBeInstanceOf(ModelRequestError);
    expect(wire.emulator.requests).toHaveLength(3);
  });

  it('does not retry a stream after its events reached the caller', async () => {
    const wire = await startWire({
      faults: [{ kind: 'reset', afterEvents: 3, times: 5 }],
    });
    const result = await wire.runner.run(
      agent({
        maxRetries: 3,
        backoff: quick,
        policy: retryPolicies.networkError(),
      }),
      'hello',
      { stream: true },
    );
    const draining = (async () => {
      for await (const _event of result);
    })();
    await expect(draining).rejects.toThrow();
    expect(wire.emulator.requests).toHaveLength(1);
  });
});
