import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from './start-emulator.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function ask(model: string, signal?: AbortSignal) {
  return fetch(`${emulator!.url}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
    body: JSON.stringify({ model, input: 'Hi' }),
    signal,
  });
}

describe('modelLatencyMs', () => {
  it('answers a fast model while a slow one is still waiting', async () => {
    emulator = await startEmulator({ modelLatencyMs: { 'gpt-4.1': 10_000 } });
    const order: string[] = [];
    // Closing the emulator at the end fails the slow request; that is expected.
    void ask('gpt-4.1').then(
      () => order.push('slow'),
      () => {},
    );
    const fast = await ask('gpt-4o-mini');
    expect(fast.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
  });

  it('records a client that gives up on a slow model as disconnected, and sends it nothing', async () => {
    emulator = await startEmulator({ modelLatencyMs: { 'gpt-4.1': 10_000 } });
    const controller = new AbortController();
    const slow = ask('gpt-4.1', controller.signal);
    await vi.waitFor(() => expect(emulator!.requests).toHaveLength(1));
    controller.abort();
    await expect(slow).rejects.toThrow();
    await vi.waitFor(() =>
      expect(emulator!.requests[0]!.clientDisconnected).toBe(true),
    );
  });

  it('leaves a completed request recorded as not disconnected', async () => {
    emulator = await startEmulator();
    const response = await ask('gpt-4.1');
    await response.text();
    expect(emulator.requests[0]!.clientDisconnected).toBe(false);
  });
});
