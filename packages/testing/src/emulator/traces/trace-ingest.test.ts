import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../start-emulator.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const trace = {
  object: 'trace',
  id: 'trace_0123456789abcdef0123456789abcdef',
  workflow_name: 'Support',
  group_id: null,
  metadata: {},
};
const span = {
  object: 'trace.span',
  id: 'span_0123456789abcdef01234567',
  trace_id: trace.id,
  parent_id: null,
  started_at: '2026-01-01T00:00:00.000Z',
  ended_at: '2026-01-01T00:00:01.000Z',
  span_data: { type: 'agent', name: 'Triage' },
  error: null,
};

function post(body: unknown, key = 'sk-test') {
  return fetch(`${emulator!.url}/traces/ingest`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${key}`,
      'openai-beta': 'traces=v1',
    },
    body: JSON.stringify(body),
  });
}

describe('POST /v1/traces/ingest', () => {
  it('records the traces and spans of a well-formed payload', async () => {
    emulator = await startEmulator();
    const response = await post({ data: [trace, span] });
    expect(response.status).toBe(200);
    expect(emulator.traces).toEqual([trace, span]);
  });

  it('refuses a body that is not { data: [trace | span] } and records nothing', async () => {
    emulator = await startEmulator();
    for (const body of [
      {},
      { data: [{ object: 'thing', id: 'x' }] },
      { data: [{ ...span, span_data: {} }] },
      { data: [{ ...trace, id: 'nope' }] },
    ])
      expect((await post(body)).status).toBe(400);
    expect(emulator.traces).toEqual([]);
  });

  it('answers a queued trace fault first, and leaves model requests alone', async () => {
    emulator = await startEmulator();
    emulator.faultTraces({ kind: 'server_error', status: 503 });
    expect((await post({ data: [trace] })).status).toBe(503);
    expect((await post({ data: [trace] })).status).toBe(200);
    expect(emulator.traces).toHaveLength(1);
  });
});
