import { expect, it } from 'vitest';
import { z } from 'zod';
import { describeParity, type Sdk } from './support/parity-sdks.js';

/** An application's own error class, as user code throws it from a callback. */
class BookingError extends Error {
  override name = 'BookingError';
}

async function caught(run: Promise<unknown>): Promise<unknown> {
  try {
    await run;
  } catch (error) {
    return error;
  }
  throw new Error('The run was expected to fail and did not.');
}

function echoAgent(sdk: Sdk, options: { errorFunction?: null } = {}) {
  const echo = sdk.tool({
    name: 'echo',
    description: 'Echoes a word',
    parameters: z.object({ word: z.string() }),
    execute: ({ word }) => {
      if (word === 'fail') throw new BookingError('No seat left on AF12.');
      return word;
    },
    ...options,
  });
  return new sdk.Agent({ name: 'Echo', model: 'gpt-4.1-mini', tools: [echo] });
}

const echoCall = (word: string) => ({
  toolCalls: [{ name: 'echo', arguments: { word } }],
});

describeParity('run errors', (parity) => {
  it('throws MaxTurnsExceededError carrying the run state when tools keep being called', async () => {
    const { sdk, emulator } = parity();
    emulator.script(echoCall('one'), echoCall('two'));
    const error = await caught(
      sdk.run(echoAgent(sdk), 'Echo forever.', { maxTurns: 1 }),
    );
    expect(error).toBeInstanceOf(sdk.MaxTurnsExceededError);
    expect((error as { state?: unknown }).state).toBeInstanceOf(sdk.RunState);
    expect(emulator.requests).toHaveLength(1);
  });

  it("surfaces the application's own error thrown in onHandoff, unwrapped", async () => {
    const { sdk, emulator } = parity();
    emulator.script({
      toolCalls: [{ name: 'transfer_to_billing', arguments: {} }],
    });
    const billing = new sdk.Agent({ name: 'Billing' });
    const triage = new sdk.Agent({
      name: 'Triage',
      model: 'gpt-4.1-mini',
      handoffs: [
        sdk.handoff(billing, {
          toolNameOverride: 'transfer_to_billing',
          onHandoff: () => {
            throw new BookingError('Billing is closed.');
          },
        }),
      ],
    });
    const error = await caught(sdk.run(triage, 'I need a refund.'));
    expect(error).toBeInstanceOf(BookingError);
    expect((error as Error).message).toBe('Billing is closed.');
  });

  it("surfaces the application's own error thrown by dynamic instructions, unwrapped", async () => {
    const { sdk } = parity();
    const agent = new sdk.Agent({
      name: 'Assistant',
      model: 'gpt-4.1-mini',
      instructions: () => {
        throw new BookingError('No profile for this user.');
      },
    });
    const error = await caught(sdk.run(agent, 'Hi'));
    expect(error).toBeInstanceOf(BookingError);
    expect((error as Error).message).toBe('No profile for this user.');
  });

  it('surfaces an error thrown by dynamic instructions in a streamed run the same way', async () => {
    const { sdk } = parity();
    const agent = new sdk.Agent({
      name: 'Assistant',
      model: 'gpt-4.1-mini',
      instructions: () => {
        throw new BookingError('No profile for this user.');
      },
    });
    const error = await caught(
      (async () => {
        const stream = await sdk.run(agent, 'Hi', { stream: true });
        for await (const _event of stream);
        await stream.completed;
      })(),
    );
    expect(error).toBeInstanceOf(BookingError);
  });

  it('throws ToolCallError whose error is what the tool threw when errorFunction is null', async () => {
    const { sdk, emulator } = parity();
    emulator.script(echoCall('fail'));
    const error = await caught(
      sdk.run(echoAgent(sdk, { errorFunction: null }), 'Echo fail.'),
    );
    expect(error).toBeInstanceOf(sdk.ToolCallError);
    const { error: thrown } = error as { error?: unknown };
    expect(thrown).toBeInstanceOf(BookingError);
    expect((thrown as Error).message).toBe('No seat left on AF12.');
    expect((error as { state?: unknown }).state).toBeInstanceOf(sdk.RunState);
  });
});

describeParity('tool failures reported to the model', (parity) => {
  // A deliberate difference (docs/porting-from-openai-agents.md): Baton's default text names the tool and the
  // error, so the model can correct itself; the SDK sends a fixed sentence. Each keeps its own default.
  it("sends each SDK's default error text for a failed tool", async () => {
    const { name, sdk, emulator } = parity();
    emulator.script(echoCall('fail'), { text: 'Sorry.' });
    await sdk.run(echoAgent(sdk), 'Echo fail.');
    const input = emulator.requests[1]?.body as {
      input: Array<{ type?: string; output?: unknown }>;
    };
    const sent = input.input.find((i) => i.type === 'function_call_output');
    if (name === '@openai/agents')
      expect(sent?.output).toBe(
        'An error occurred while running the tool. Please try again.',
      );
    else
      expect(sent?.output).toMatch(
        /^An error occurred while running the tool "echo"\. Please try again\. Error: /,
      );
  });

  it('puts the text the model saw on the tool call output item', async () => {
    const { sdk, emulator } = parity();
    emulator.script(echoCall('fail'), { text: 'Sorry.' });
    const result = await sdk.run(echoAgent(sdk), 'Echo fail.');
    const item = result.newItems.find(
      (i) => i.type === 'tool_call_output_item',
    );
    const input = emulator.requests[1]?.body as {
      input: Array<{ type?: string; output?: unknown }>;
    };
    const sent = input.input.find((i) => i.type === 'function_call_output');
    expect(item && 'output' in item ? item.output : undefined).toBe(
      sent?.output,
    );
    expect(typeof sent?.output).toBe('string');
  });
});
