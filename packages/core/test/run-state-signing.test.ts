import { describe, expect, it } from 'vitest';
import {
  Agent,
  RunState,
  RunStateSignatureError,
  Runner,
  UserError,
} from '../src/index.js';
import { FakeModel, text } from './support/fake-model.js';
import { fieldsOf } from './support/run-state-fields.js';

const SECRET = 'correct horse battery staple, but longer';

async function finishedState() {
  const agent = new Agent({
    name: 'Signer',
    model: new FakeModel([text('The refund is approved.')]),
  });
  const result = await new Runner().run(agent, 'Refund me');
  return { agent, state: result.state };
}

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (caught: unknown) => caught as RunStateSignatureError,
  );
}

/** Edits a parsed state and writes it back, as someone with the text but not the secret could. */
function edit(text: string, change: (json: Record<string, any>) => void) {
  const json = JSON.parse(text) as Record<string, any>;
  change(json);
  return JSON.stringify(json);
}

describe('signed run states', () => {
  it('restore with the secret they were signed with, which appears nowhere in the text', async () => {
    const { agent, state } = await finishedState();
    const text = state.toString({ secret: SECRET });

    const restored = await RunState.fromString(agent, text, { secret: SECRET });

    expect(fieldsOf(restored)).toEqual(fieldsOf(state));
    expect(JSON.parse(text).signature).toMatchObject({
      algorithm: 'HMAC-SHA256',
    });
    expect(text).not.toContain(SECRET);
  });

  it('still verify after the JSON is re-indented and its keys reordered', async () => {
    const { agent, state } = await finishedState();
    const json = JSON.parse(state.toString({ secret: SECRET })) as Record<
      string,
      unknown
    >;
    const reordered = Object.fromEntries(Object.entries(json).reverse());

    const restored = await RunState.fromString(
      agent,
      JSON.stringify(reordered, null, 2),
      { secret: SECRET },
    );

    expect(restored.finalOutput).toBe('The refund is approved.');
  });

  it.each([
    [
      'the final output',
      (json: Record<string, any>) => (json.finalOutput = 'Refund denied.'),
    ],
    [
      'a nested wire item',
      (json: Record<string, any>) =>
        (json.generatedItems[0].rawItem.content[0].text = 'x'),
    ],
    ['the sequence', (json: Record<string, any>) => (json.sequence = 1)],
    ['the state id', (json: Record<string, any>) => (json.stateId = 'another')],
    ['an added field', (json: Record<string, any>) => (json.extra = true)],
  ])(
    'reject an edit to %s with a mismatch that names neither the secret nor the signature',
    async (_what, change) => {
      const { agent, state } = await finishedState();
      const text = state.toString({ secret: SECRET });
      const tampered = edit(text, change);

      const error = await rejection(
        RunState.fromString(agent, tampered, { secret: SECRET }),
      );

      expect(RunStateSignatureError.isInstance(error)).toBe(true);
      expect(error!.reason).toBe('mismatch');
      expect(error!.message).toContain('edited after it was signed');
      expect(error!.message).not.toContain(SECRET);
      expect(error!.message).not.toContain(JSON.parse(text).signature.value);
    },
  );

  it('reject a state signed with another secret', async () => {
    const { agent, state } = await finishedState();

    const error = await rejection(
      RunState.fromString(agent, state.toString({ secret: 'another secret' }), {
        secret: SECRET,
      }),
    );

    expect(error!.reason).toBe('mismatch');
  });

  it('reject an unsigned state, or one whose signature was removed, when a secret is required', async () => {
    const { agent, state } = await finishedState();
    const stripped = edit(state.toString({ secret: SECRET }), (json) => {
      delete json.signature;
    });

    for (const text of [state.toString(), stripped]) {
      const error = await rejection(
        RunState.fromString(agent, text, { secret: SECRET }),
      );
      expect(RunStateSignatureError.isInstance(error)).toBe(true);
      expect(error!.reason).toBe('unsigned');
    }
  });

  it('reject a signature of another algorithm or a truncated one', async () => {
    const { agent, state } = await finishedState();
    const text = state.toString({ secret: SECRET });
    for (const change of [
      (json: Record<string, any>) =>
        (json.signature.value = json.signature.value.slice(0, 10)),
      (json: Record<string, any>) => (json.signature.value = ''),
    ]) {
      const error = await rejection(
        RunState.fromString(agent, edit(text, change), { secret: SECRET }),
      );
      expect(error!.reason).toBe('mismatch');
    }
  });

  it('are not checked without a secret: a signed state restores even when edited', async () => {
    const { agent, state } = await finishedState();
    const tampered = edit(state.toString({ secret: SECRET }), (json) => {
      json.finalOutput = 'edited';
    });

    const restored = await RunState.fromString(agent, tampered);

    expect(restored.finalOutput).toBe('edited');
  });

  it('refuse an empty secret on both sides', async () => {
    const { agent, state } = await finishedState();
    expect(() => state.toString({ secret: '' })).toThrow(UserError);
    await expect(
      RunState.fromString(agent, state.toString({ secret: SECRET }), {
        secret: new Uint8Array(),
      }),
    ).rejects.toThrow(/secret is empty/);
  });

  it('accept a secret given as bytes', async () => {
    const { agent, state } = await finishedState();
    const key = new TextEncoder().encode(SECRET);

    const restored = await RunState.fromString(
      agent,
      state.toString({ secret: key }),
      { secret: SECRET },
    );

    expect(restored.stateId).toBe(state.stateId);
  });
});
