import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Agent,
  ModelRequestError,
  RunAbortedError,
  Runner,
  retryPolicies,
  type ModelRequest,
  type ModelRetrySettings,
  type ModelStreamEvent,
  type StepRunner,
} from '../src/index.js';
import { FakeModel, text } from './support/fake-model.js';

afterEach(() => {
  vi.useRealTimers();
});

const rateLimited = () =>
  new ModelRequestError('HTTP 429', { status: 429, retryAfterMs: 0 });

function agentWith(model: FakeModel, retry?: ModelRetrySettings) {
  return new Agent({
    name: 'A',
    model,
    ...(retry && { modelSettings: { retry } }),
  });
}

describe('model retries', () => {
  it('retries a 429 the policy accepts and finishes the run in one journaled model step', async () => {
    const model = new FakeModel([rateLimited(), rateLimited(), text('done')]);
    const steps: string[] = [];
    const stepRunner: StepRunner = (name, step) => {
      steps.push(name);
      return step();
    };
    const result = await new Runner().run(
      agentWith(model, {
        maxRetries: 3,
        policy: retryPolicies.httpStatus([429]),
      }),
      'hi',
      { stepRunner },
    );
    expect(result.finalOutput).toBe('done');
    expect(model.requests).toHaveLength(3);
    expect(steps).toEqual(['turn-1/model']);
    expect(result.usage.requests).toBe(1);
  });

  it('stops after maxRetries and reports the last error with the run state', async () => {
    const model = new FakeModel([rateLimited(), rateLimited(), rateLimited()]);
    const error = await new Runner()
      .run(
        agentWith(model, {
          maxRetries: 1,
          policy: retryPolicies.httpStatus([429]),
        }),
        'hi',
      )
      .catch((caught: unknown) => caught);
    expect(ModelRequestError.isInstance(error)).toBe(true);
    expect((error as ModelRequestError).state).toBeDefined();
    expect(model.requests).toHaveLength(2);
  });

  it('does not retry an HTTP error when no retry settings are given', async () => {
    const model = new FakeModel([rateLimited(), text('never')]);
    await expect(
      new Runner().run(agentWith(model), 'hi'),
    ).rejects.toBeInstanceOf(ModelRequestError);
    expect(model.requests).toHaveLength(1);
  });

  it('waits the retry-after the provider asked for, and an abort during the wait ends the run at once', async () => {
    vi.useFakeTimers();
    const model = new FakeModel([
      new ModelRequestError('HTTP 429', { status: 429, retryAfterMs: 30_000 }),
      text('late'),
    ]);
    const controller = new AbortController();
    const running = new Runner()
      .run(
        agentWith(model, {
          maxRetries: 2,
          policy: retryPolicies.retryAfter(),
        }),
        'hi',
        { signal: controller.signal },
      )
      .catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(model.requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    const error = await running;
    expect(RunAbortedError.isInstance(error)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(model.requests).toHaveLength(1);
  });

  it('backs off exponentially when the policy names no delay', async () => {
    vi.useFakeTimers();
    const failure = () => new ModelRequestError('HTTP 500', { status: 500 });
    const model = new FakeModel([failure(), failure(), text('ok')]);
    const running = new Runner().run(
      agentWith(model, {
        maxRetries: 2,
        backoff: { initialDelayMs: 100, multiplier: 3, jitter: false },
        policy: retryPolicies.httpStatus([500]),
      }),
      'hi',
    );
    await vi.advanceTimersByTimeAsync(99);
    expect(model.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(model.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(299);
    expect(model.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect((await running).finalOutput).toBe('ok');
  });

  it('never retries a stream whose events already reached the caller', async () => {
    let calls = 0;
    const model = new FakeModel([]);
    model.getStreamedResponse = async function* (
      _request: ModelRequest,
    ): AsyncIterable<ModelStreamEvent> {
      calls += 1;
      yield { type: 'output_text_delta', delta: 'Hel' };
      throw new ModelRequestError('reset', { networkError: true });
    };
    const result = await new Runner().run(
      agentWith(model, { maxRetries: 3, policy: retryPolicies.networkError() }),
      'hi',
      { stream: true },
    );
    const iterating = (async () => {
      for await (const _event of result);
    })();
    await expect(iterating).rejects.toBeInstanceOf(ModelRequestError);
    expect(calls).toBe(1);
  });

  it('does not repeat a request that continues a stored response unless the policy approves the replay', async () => {
    const failure = () => new ModelRequestError('HTTP 500', { status: 500 });
    const model = new FakeModel([failure(), text('no')]);
    await expect(
      new Runner().run(
        agentWith(model, {
          maxRetries: 2,
          policy: retryPolicies.httpStatus([500]),
        }),
        'hi',
        { previousResponseId: 'resp_1' },
      ),
    ).rejects.toBeInstanceOf(ModelRequestError);
    expect(model.requests).toHaveLength(1);

    const approving = new FakeModel([failure(), text('yes')]);
    const result = await new Runner().run(
      agentWith(approving, {
        maxRetries: 2,
        policy: () => ({ retry: true, delayMs: 0, approveUnsafeReplay: true }),
      }),
      'hi',
      { previousResponseId: 'resp_1' },
    );
    expect(result.finalOutput).toBe('yes');
  });
});
