import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './start-emulator.js';

let emulator: Emulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function post(target: Emulator, body: Record<string, unknown>) {
  return fetch(`${target.url}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4.1', input: 'Hi', ...body }),
  });
}

describe('emulator rate limits and usage', () => {
  it('refuses requests over its own concurrency cap with a 429 and retry-after-ms, and counts what it saw', async () => {
    emulator = await startEmulator({
      rateLimit: { maxConcurrent: 2, retryAfterMs: 1500 },
      modelLatencyMs: { 'gpt-4.1': 200 },
    });
    const target = emulator;
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => post(target, {})),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 200, 429, 429]);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(refused.headers.get('retry-after-ms')).toBe('1500');
    expect(refused.headers.get('retry-after')).toBe('2');
    await Promise.all(answers.map((answer) => answer.text()));
    expect(emulator.stats).toMatchObject({
      maxInFlight: 2,
      rateLimited: 2,
    });
  });

  it('refuses requests over its requests-per-minute cap', async () => {
    emulator = await startEmulator({ rateLimit: { requestsPerMinute: 1 } });
    expect((await post(emulator, {})).status).toBe(200);
    expect((await post(emulator, {})).status).toBe(429);
  });

  it('sends retry-after-ms with a rate_limit fault that sets retryAfterMs', async () => {
    emulator = await startEmulator({
      faults: [{ kind: 'rate_limit', retryAfterMs: 2500 }],
    });
    const answer = await post(emulator, {});
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after-ms')).toBe('2500');
    expect(answer.headers.get('retry-after')).toBe('3');
  });

  it('reports the usage a scripted reply names, cached and reasoning tokens included', async () => {
    emulator = await startEmulator({
      script: [
        {
          text: 'Hi',
          usage: {
            inputTokens: 1200,
            cachedTokens: 1024,
            outputTokens: 300,
            reasoningTokens: 256,
          },
        },
      ],
    });
    const body = (await (await post(emulator, {})).json()) as {
      usage: Record<string, unknown>;
    };
    expect(body.usage).toEqual({
      input_tokens: 1200,
      input_tokens_details: { cached_tokens: 1024, cache_write_tokens: 0 },
      output_tokens: 300,
      output_tokens_details: { reasoning_tokens: 256 },
      total_tokens: 1500,
    });
  });
});
