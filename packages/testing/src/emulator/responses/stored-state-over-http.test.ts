import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { emulatorPerTest } from '../../../test/support/emulator-per-test.js';

const wire = emulatorPerTest();

async function status(request: Promise<unknown>) {
  try {
    await request;
    return { status: 200, message: '' };
  } catch (error) {
    if (!(error instanceof OpenAI.APIError)) throw error;
    return { status: error.status, message: error.message };
  }
}

describe('stored state on the Responses endpoint', () => {
  it('refuses an input item that the previous response chain already holds', async () => {
    wire.emulator.script({ text: 'Hello' });
    const first = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'Hi',
    });
    const message = first.output[0]!;
    const refused = await status(
      wire.client.responses.create({
        model: 'gpt-4.1',
        previous_response_id: first.id,
        input: [message as never, { role: 'user', content: 'again' }],
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.message).toContain(
      `Duplicate item found with id ${message.id}.`,
    );
    // Without a chain the same items are a plain replay.
    await wire.client.responses.create({
      model: 'gpt-4.1',
      input: [
        { role: 'user', content: 'Hi' },
        message as never,
        { role: 'user', content: 'again' },
      ],
    });
  });

  it('reads a named conversation, adds the input and output to it, and refuses items it holds', async () => {
    const conversation = wire.emulator.conversations.create([
      { type: 'message', role: 'user', content: 'My name is Ada.' },
    ]);
    wire.emulator.script({ text: 'Hello Ada' });
    const response = await wire.client.responses.create({
      model: 'gpt-4.1',
      conversation: conversation.id,
      input: 'Hi',
    });
    expect(response.conversation).toEqual({ id: conversation.id });
    const items = wire.emulator.conversations.get(conversation.id)!.items;
    expect(items.map((item) => item.type ?? 'message')).toEqual([
      'message',
      'message',
      'message',
    ]);
    expect(items[2]!.id).toBe(response.output[0]!.id);
    const refused = await status(
      wire.client.responses.create({
        model: 'gpt-4.1',
        conversation: { id: conversation.id },
        input: [response.output[0] as never],
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.message).toContain('Duplicate item found with id');
  });

  it('answers 404 for an unknown conversation and 400 when previous_response_id comes with one', async () => {
    expect(
      await status(
        wire.client.responses.create({
          model: 'gpt-4.1',
          conversation: 'conv_missing',
          input: 'Hi',
        }),
      ),
    ).toMatchObject({ status: 404 });
    const conversation = wire.emulator.conversations.create();
    const both = await status(
      wire.client.responses.create({
        model: 'gpt-4.1',
        conversation: conversation.id,
        previous_response_id: 'resp_1',
        input: 'Hi',
      }),
    );
    expect(both.status).toBe(400);
    expect(both.message).toContain('Mutually exclusive parameters');
  });
});
