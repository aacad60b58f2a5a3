import { describe, expect, it } from 'vitest';
import {
  Agent,
  ModelRequestError,
  RateLimiter,
  RunAbortedError,
  Runner,
} from '@baton/core';
import { OpenAIProvider } from '@baton/openai';
import { wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();

async function settle(runs: Array<Promise<unknown>>) {
  const outcomes = await Promise.allSettled(runs);
  return {
    ok: outcomes.filter((outcome) => outcome.status === 'fulfilled').length,
    errors: outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
    ),
  };
}

describe('rate limits on the wire', () => {
  it('meets 429s from a server that caps concurrency when nothing paces the runs', async () => {
    const wire = await startWire({
      maxRetries: 0,
      rateLimit: { maxConcurrent: 3 },
      modelLatencyMs: { 'rl-unpaced': 20 },
      runConfig: { model: 'rl-unpaced' },
    });
    const agent = new Agent({ name: 'A' });
    const { errors } = await settle(
      Array.from({ length: 20 }, () => wire.runner.run(agent, 'hi')),
    );
    expect(wire.emulator.stats.rateLimited).toBeGreaterThan(0);
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.every(
        (error) => ModelRequestError.isInstance(error) && error.status === 429,
      ),
    ).toBe(true);
  });

  it('queues a burst of 500 runs under the concurrency limit instead of meeting 429s', async () => {
    const wire = await startWire({
      maxRetries: 0,
      rateLimit: { maxConcurrent: 8 },
      runConfig: {
        model: 'rl-burst',
        modelRateLimits: { 'rl-burst': { concurrency: 8 } },
      },
    });
    const agent = new Agent({ name: 'A' });
    const { ok, errors } = await settle(
      Array.from({ length: 500 }, () => wire.runner.run(agent, 'hi')),
    );
    expect(errors).toEqual([]);
    expect(ok).toBe(500);
    expect(wire.emulator.stats.rateLimited).toBe(0);
    expect(wire.emulator.stats.maxInFlight).toBeLessThanOrEqual(8);
    expect(wire.emulator.requests).toHaveLength(500);
  });

  it('shares one limit between runners that name the same model', async () => {
    const wire = await startWire({
      maxRetries: 0,
      rateLimit: { maxConcurrent: 2 },
      modelLatencyMs: { 'rl-shared': 10 },
    });
    const runner = () =>
      new Runner({
        modelProvider: new OpenAIProvider({ openAIClient: wire.client }),
        model: 'rl-shared',
        modelRateLimits: { 'rl-shared': { concurrency: 2 } },
      });
    const [first, second] = [runner(), runner()];
    const agent = new Agent({ name: 'A' });
    const { errors } = await settle(
      Array.from({ length: 30 }, (_, index) =>
        (index % 2 ? first : second).run(agent, 'hi'),
      ),
    );
    expect(errors).toEqual([]);
    expect(wire.emulator.stats.maxInFlight).toBeLessThanOrEqual(2);
    expect(wire.emulator.stats.rateLimited).toBe(0);
  });

  it('takes an aborted run out of the queue before it sends anything', async () => {
    const limiter = new RateLimiter({ concurrency: 1 });
    const wire = await startWire({
      modelLatencyMs: { 'rl-abort': 200 },
      runConfig: {
        model: 'rl-abort',
        modelRateLimits: { 'rl-abort': limiter },
      },
    });
    const agent = new Agent({ name: 'A' });
    const first = wire.runner.run(agent, 'first');
    const controller = new AbortController();
    const queued = wire.runner
      .run(agent, 'second', { signal: controller.signal })
      .catch((caught: unknown) => caught);
    while (limiter.pending === 0)
      await new Promise((resolve) => setTimeout(resolve, 1));
    controller.abort();
    expect(RunAbortedError.isInstance(await queued)).toBe(true);
    expect(limiter.pending).toBe(0);
    await first;
    expect(wire.emulator.requests).toHaveLength(1);
  });
});
