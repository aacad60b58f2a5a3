import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCannedClient } from './canned-client.mjs';

// A real client stand-in that counts its calls.
function countingClient() {
  const calls = [];
  return {
    calls,
    responses: {
      async create(body) {
        calls.push(body);
        if (!body.stream)
          return { id: 'resp_1', output: [{ n: calls.length }] };
        return {
          async *[Symbol.asyncIterator]() {
            yield { type: 'response.created' };
            yield { type: 'response.completed', n: calls.length };
          },
        };
      },
    },
  };
}

const body = (extra) => ({
  model: 'm',
  instructions: 'i',
  input: [{ type: 'message', role: 'user', content: 'hi' }],
  ...extra,
});

async function drain(stream) {
  const events = [];
  for await (const event of stream) events.push(event);
  return events;
}

describe('createCannedClient', () => {
  it('answers a request it recorded without calling the real client again', async () => {
    const real = countingClient();
    const canned = createCannedClient(real);
    const recorded = await canned.client.responses.create(body());
    canned.replay();
    const replayed = await canned.client.responses.create(body());
    assert.deepEqual(replayed, recorded);
    assert.equal(real.calls.length, 1);
  });

  it('gives every replay its own copy, so one run cannot change the next', async () => {
    const canned = createCannedClient(countingClient());
    await canned.client.responses.create(body());
    canned.replay();
    const first = await canned.client.responses.create(body());
    first.output.length = 0;
    const second = await canned.client.responses.create(body());
    assert.equal(second.output.length, 1);
  });

  it('replays a stream event by event and gives it a controller', async () => {
    const real = countingClient();
    const canned = createCannedClient(real);
    const live = await drain(
      await canned.client.responses.create(body({ stream: true })),
    );
    canned.replay();
    const stream = await canned.client.responses.create(body({ stream: true }));
    assert.ok(stream.controller instanceof AbortController);
    assert.deepEqual(await drain(stream), live);
    assert.equal(real.calls.length, 1);
  });

  it('tells a streamed request from a non-streamed one and refuses one it never saw', async () => {
    const canned = createCannedClient(countingClient());
    await canned.client.responses.create(body());
    canned.replay();
    assert.throws(
      () => canned.client.responses.create(body({ stream: true })),
      /No recorded answer for a m request/,
    );
  });
});
