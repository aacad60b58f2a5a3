import { expect, it } from 'vitest';
import { describeParity } from './support/parity-sdks.js';

describeParity('model retries', (parity) => {
  it('retries what modelSettings.retry.policy names, up to maxRetries', async () => {
    const { sdk, emulator } = parity();
    emulator.fault({ kind: 'server_error', times: 2 });
    const agent = new sdk.Agent({
      name: 'A',
      model: 'gpt-4.1-mini',
      modelSettings: {
        retry: {
          maxRetries: 2,
          backoff: { initialDelayMs: 1, maxDelayMs: 2 },
          policy: sdk.retryPolicies.any(
            sdk.retryPolicies.httpStatus([500]),
            sdk.retryPolicies.networkError(),
          ),
        },
      },
    });
    const result = await sdk.run(agent, 'hello');
    expect(result.finalOutput).toBeTruthy();
    expect(emulator.requests).toHaveLength(3);
  });

  it('does not retry a status the policy leaves out', async () => {
    const { sdk, emulator } = parity();
    emulator.fault({ kind: 'server_error', status: 503 });
    const agent = new sdk.Agent({
      name: 'A',
      model: 'gpt-4.1-mini',
      modelSettings: {
        retry: { maxRetries: 3, policy: sdk.retryPolicies.httpStatus([500]) },
      },
    });
    await expect(sdk.run(agent, 'hello')).rejects.toThrow();
    expect(emulator.requests).toHaveLength(1);
  });

  it('waits the retry-after the API sent when retryPolicies.retryAfter() decides', async () => {
    const { sdk, emulator } = parity();
    emulator.fault({ kind: 'rate_limit', retryAfterMs: 5 });
    const waits: Array<number | undefined> = [];
    const agent = new sdk.Agent({
      name: 'A',
      model: 'gpt-4.1-mini',
      modelSettings: {
        retry: {
          maxRetries: 1,
          policy: (context) => {
            waits.push(context.normalized.retryAfterMs);
            return sdk.retryPolicies.retryAfter()(context);
          },
        },
      },
    });
    expect((await sdk.run(agent, 'hello')).finalOutput).toBeTruthy();
    expect(waits).toEqual([5]);
    expect(emulator.requests).toHaveLength(2);
  });
});
