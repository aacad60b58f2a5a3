import { describe, expect, it } from 'vitest';
import { emulatorClient } from '../../test/support/emulator-client.js';
import { startEmulator } from './start-emulator.js';

function count(resource: string): number {
  return process.getActiveResourcesInfo().filter((name) => name === resource)
    .length;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const longText = Array.from({ length: 200 }, (_, index) => `word${index}`).join(
  ' ',
);

describe('client disconnects and cleanup', () => {
  it('keeps serving after a client aborts a stream midway', async () => {
    const emulator = await startEmulator({ chunkDelayMs: 5 });
    try {
      emulator.script({ text: longText }, { text: 'still alive' });
      const controller = new AbortController();
      const response = await fetch(`${emulator.url}/responses`, {
        method: 'POST',
        body: JSON.stringify({ model: 'gpt-4.1', input: 'x', stream: true }),
        signal: controller.signal,
      });
      const reader = response.body!.getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toContain(
        'event: response.created',
      );
      controller.abort();
      await reader.read().catch(() => undefined);

      const client = emulatorClient(emulator);
      const next = await client.responses.create({
        model: 'gpt-4.1',
        input: 'again',
      });
      expect(next.output_text).toBe('still alive');
    } finally {
      await emulator.close();
    }
  });

  it('lets the openai client break out of a stream without errors on either side', async () => {
    const emulator = await startEmulator({ chunkDelayMs: 5 });
    try {
      emulator.script({ text: longText });
      const client = emulatorClient(emulator);
      const stream = await client.responses.create({
        model: 'gpt-4.1',
        input: 'x',
        stream: true,
      });
      const seen: string[] = [];
      for await (const event of stream) {
        seen.push(event.type);
        if (event.type === 'response.output_text.delta') break;
      }
      expect(seen.at(-1)).toBe('response.output_text.delta');
      expect(emulator.requests).toHaveLength(1);
    } finally {
      await emulator.close();
    }
  });

  it('close() ends open streams and keep-alive connections and leaves no server or socket handle', async () => {
    // Handles of earlier tests close asynchronously; start from none so that a leak cannot hide behind them.
    await until(() => count('TCPServerWrap') + count('TCPSocketWrap') === 0);
    const emulator = await startEmulator({ chunkDelayMs: 50 });
    emulator.script({ text: 'short' }, { text: longText });
    const client = emulatorClient(emulator);
    await client.responses.create({ model: 'gpt-4.1', input: 'keep-alive' });
    const stream = await client.responses.create({
      model: 'gpt-4.1',
      input: 'x',
      stream: true,
    });
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    const rest = (async () => {
      for (;;) if ((await iterator.next()).done) return;
    })().catch(() => 'broken');

    await emulator.close();
    expect(await rest).toBe('broken');
    // Fails by timeout if a server or socket handle outlives close().
    await until(() => count('TCPServerWrap') + count('TCPSocketWrap') === 0);
  });
});
