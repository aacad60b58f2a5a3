import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  defineOutputGuardrail,
  OutputGuardrailTripwireTriggered,
  tool,
  type OutputGuardrailStreaming,
  type RunStreamEvent,
  type StreamedRunResult,
} from '@baton/agents';
import { wirePerTest } from './support/wire-setup.js';

const wire = wirePerTest();

const PHONE = /\d{3}-\d{4}/;

/** An output guardrail against phone numbers that records each text it checked, and whether it was partial. */
function phoneGuardrail(client?: { text: string }) {
  const checks: Array<{ text: string; partial: boolean; clientHad: string }> =
    [];
  const guardrail = defineOutputGuardrail({
    name: 'no phone numbers',
    execute: ({ agentOutput, details }) => {
      const text = String(agentOutput);
      checks.push({
        text,
        partial: details?.partial === true,
        clientHad: client?.text ?? '',
      });
      return { tripwireTriggered: PHONE.test(text), outputInfo: null };
    },
  });
  return { guardrail, checks };
}

/** Starts an emulator that streams one SSE event every `chunkDelayMs`, and a support agent on it. */
async function setup(options: {
  mode: OutputGuardrailStreaming;
  chunkDelayMs?: number;
  client?: { text: string };
}) {
  const { emulator, runner } = await wire({
    chunkDelayMs: options.chunkDelayMs ?? 2,
    runConfig: { outputGuardrailStreaming: options.mode },
  });
  const { guardrail, checks } = phoneGuardrail(options.client);
  const support = new Agent({
    name: 'Support agent',
    outputGuardrails: [guardrail],
  });
  return { emulator, runner, support, checks };
}

/** What the client got of a stream: its events (as JSON, to search), the text deltas, and the error it ended with. */
function consume(result: StreamedRunResult<any, any>) {
  const client = {
    events: [] as RunStreamEvent[],
    text: '',
    error: undefined as unknown,
  };
  const done = (async () => {
    try {
      for await (const event of result) {
        client.events.push(event);
        if (
          event.type === 'raw_model_stream_event' &&
          event.data.type === 'output_text_delta'
        )
          client.text += event.data.delta;
      }
    } catch (error) {
      client.error = error;
    }
  })();
  return { client, done };
}

const leaked = (events: RunStreamEvent[], pattern: RegExp) =>
  events.filter((event) => pattern.test(JSON.stringify(event)));

describe("streamed output guardrails over HTTP, 'buffered'", () => {
  it('stream nothing of a final message the guardrail rejects, raw model events included', async () => {
    const { emulator, runner, support } = await setup({ mode: 'buffered' });
    emulator.script({ text: 'Call the billing team on 555-0100, any time.' });
    const result = await runner.run(support, 'How do I reach billing?', {
      stream: true,
    });
    const { client, done } = consume(result);
    await done;
    expect(OutputGuardrailTripwireTriggered.isInstance(client.error)).toBe(
      true,
    );
    expect(client.events).toEqual([]);
    expect(result.finalOutput).toBeUndefined();
  });

  it('release all the text of a passed answer, in order, once the guardrail has passed', async () => {
    const answer =
      'Your refund of 42 EUR was sent on Monday and should arrive this week.';
    const client = { text: '' };
    const { emulator, runner, support, checks } = await setup({
      mode: 'buffered',
      client,
    });
    emulator.script({ text: answer });
    const result = await runner.run(support, 'Where is my refund?', {
      stream: true,
    });
    const consumed = consume(result);
    Object.defineProperty(client, 'text', { get: () => consumed.client.text });
    await consumed.done;
    expect(consumed.client.error).toBeUndefined();
    expect(checks).toEqual([{ text: answer, partial: false, clientHad: '' }]);
    expect(consumed.client.text).toBe(answer);
    const rawDeltas = consumed.client.events.filter(
      (event) =>
        event.type === 'raw_model_stream_event' &&
        event.data.type === 'model' &&
        (event.data.event as { type?: string }).type ===
          'response.output_text.delta',
    );
    expect(rawDeltas.length).toBeGreaterThan(5);
    expect(result.finalOutput).toBe(answer);
  });

  it("pass on a turn's text before its tools run, when the turn calls tools", async () => {
    const { emulator, runner, checks } = await setup({ mode: 'buffered' });
    const consumed: { text: () => string } = { text: () => '' };
    const ran: string[] = [];
    const lookup = tool({
      name: 'lookup_order',
      description: 'Look an order up by its number',
      parameters: z.object({ orderId: z.string() }),
      execute: async ({ orderId }) => {
        // Held until the end, the text would never get here, and the wait would fail.
        await vi.waitFor(() =>
          expect(consumed.text()).toBe('Let me look that up.'),
        );
        ran.push(orderId);
        return 'shipped yesterday';
      },
    });
    const support = new Agent({
      name: 'Support agent',
      tools: [lookup],
      outputGuardrails: [phoneGuardrail().guardrail],
    });
    emulator.script(
      {
        output: [
          {
            type: 'message',
            role: 'assistant',
            status: 'completed',
            content: [
              {
                type: 'output_text',
                text: 'Let me look that up.',
                annotations: [],
              },
            ],
          },
          {
            type: 'function_call',
            call_id: 'call_lookup',
            name: 'lookup_order',
            arguments: '{"orderId":"A-17"}',
            status: 'completed',
          },
        ],
      },
      { text: ' Order A-17 shipped yesterday.' },
    );
    const result = await runner.run(support, 'Where is order A-17?', {
      stream: true,
    });
    const { client, done } = consume(result);
    consumed.text = () => client.text;
    await done;
    expect(client.error).toBeUndefined();
    expect(ran).toEqual(['A-17']);
    expect(client.text).toBe(
      'Let me look that up. Order A-17 shipped yesterday.',
    );
    expect(checks).toEqual([]);
    expect(result.finalOutput).toBe(' Order A-17 shipped yesterday.');
  });
});

describe('streamed output guardrails over HTTP, checkpointed', () => {
  it('stop mid-answer: the request is cancelled and the client got only the text that passed a checkpoint', async () => {
    const { emulator, runner, support, checks } = await setup({
      mode: { checkpointEvery: 20 },
      chunkDelayMs: 15,
    });
    const answer =
      'Sure. The billing team is reachable on 555-0100 from nine to five. ' +
      'Have your invoice number ready. '.repeat(12);
    emulator.script({ text: answer });
    const result = await runner.run(support, 'How do I reach billing?', {
      stream: true,
    });
    const { client, done } = consume(result);
    await done;
    expect(OutputGuardrailTripwireTriggered.isInstance(client.error)).toBe(
      true,
    );
    await vi.waitFor(() =>
      expect(emulator.requests[0]!.clientDisconnected).toBe(true),
    );
    const passed = checks.filter((check) => !PHONE.test(check.text));
    expect(passed.length).toBeGreaterThan(0);
    // The client got whole words of what the last passed checkpoint saw: the text stops where a word ended.
    expect(passed.at(-1)!.text.startsWith(client.text)).toBe(true);
    expect(client.text.length).toBeGreaterThan(0);
    expect(
      answer.slice(client.text.length - 1, client.text.length + 1),
    ).toMatch(/^(.\W|\W.)$/);
    expect(leaked(client.events, /555-0100/)).toEqual([]);
    expect(checks.every((check) => check.partial)).toBe(true);
    const tripwire = client.error as OutputGuardrailTripwireTriggered;
    expect(String(tripwire.result.agentOutput)).toMatch(PHONE);
    expect(String(tripwire.result.agentOutput).length).toBeLessThan(
      answer.length / 2,
    );
  });

  it('stream a passing answer in checked chunks before it is complete, then check it whole', async () => {
    const answer =
      'Refunds reach your card within five working days of approval, ' +
      'and you get an email as soon as the money leaves our account.';
    const client = { text: '' };
    const { emulator, runner, support, checks } = await setup({
      mode: { checkpointEvery: 20 },
      chunkDelayMs: 5,
      client,
    });
    emulator.script({ text: answer });
    const result = await runner.run(support, 'When do refunds arrive?', {
      stream: true,
    });
    const consumed = consume(result);
    Object.defineProperty(client, 'text', { get: () => consumed.client.text });
    await consumed.done;
    expect(consumed.client.error).toBeUndefined();
    expect(consumed.client.text).toBe(answer);
    const partial = checks.filter((check) => check.partial);
    expect(partial.length).toBeGreaterThanOrEqual(3);
    // Each check saw more text than the one before, and the client had text before the final check began.
    for (const [index, check] of partial.entries()) {
      expect(answer.startsWith(check.text)).toBe(true);
      if (index > 0)
        expect(check.text.length).toBeGreaterThan(
          partial[index - 1]!.text.length,
        );
    }
    const final = checks.at(-1)!;
    expect(final).toMatchObject({ text: answer, partial: false });
    expect(final.clientHad.length).toBeGreaterThan(0);
    expect(result.finalOutput).toBe(answer);
  });
});
