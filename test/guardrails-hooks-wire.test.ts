import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  defineInputGuardrail,
  defineOutputGuardrail,
  defineToolInputGuardrail,
  OpenAIResponsesModel,
  OutputGuardrailTripwireTriggered,
  tool,
  ToolGuardrailFunctionOutputFactory,
  type Model,
  type ModelRequest,
  type ModelStreamEvent,
  type RunStreamEvent,
} from '@baton/agents';
import { wirePerTest } from './support/wire-setup.js';

const wire = wirePerTest();

type InputItem = { type: string; call_id?: string; output?: unknown };
function sentOutputs(body: unknown): InputItem[] {
  return ((body as { input: InputItem[] }).input ?? []).filter(
    (item) => item.type === 'function_call_output',
  );
}

describe('output guardrails over HTTP', () => {
  it('keep a tripped answer off the result and out of the error state', async () => {
    const { emulator, runner } = await wire();
    emulator.script({ text: 'Call me on 555-0142 and I will sort it.' });
    const noPhoneNumbers = defineOutputGuardrail({
      name: 'no phone numbers',
      execute: async ({ agentOutput }) => ({
        tripwireTriggered: /\d{3}-\d{4}/.test(String(agentOutput)),
        outputInfo: { checked: true },
      }),
    });
    const agent = new Agent({
      name: 'Support',
      outputGuardrails: [noPhoneNumbers],
    });

    const error = await runner.run(agent, 'Help').catch((e: unknown) => e);

    expect(OutputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    const tripped = error as OutputGuardrailTripwireTriggered;
    expect(tripped.result.guardrail.name).toBe('no phone numbers');
    expect(tripped.state?.finalOutput).toBeUndefined();
    expect(emulator.requests).toHaveLength(1);
  });
});

describe('tool guardrails over HTTP', () => {
  it('send the rejection to the model in place of a result, and never run the tool', async () => {
    const { emulator, runner } = await wire();
    emulator.script(
      {
        toolCalls: [{ name: 'delete_account', arguments: { userId: 'admin' } }],
      },
      { text: 'I cannot delete that account.' },
    );
    const ran: string[] = [];
    const noAdmins = defineToolInputGuardrail({
      name: 'no admins',
      run: async ({ toolCall }) =>
        toolCall.arguments.includes('"admin"')
          ? ToolGuardrailFunctionOutputFactory.rejectContent(
              'Admin accounts cannot be deleted here.',
            )
          : ToolGuardrailFunctionOutputFactory.allow(),
    });
    const agent = new Agent({
      name: 'Accounts',
      tools: [
        tool({
          name: 'delete_account',
          description: 'Deletes an account',
          parameters: z.object({ userId: z.string() }),
          inputGuardrails: [noAdmins],
          execute: ({ userId }) => void ran.push(userId),
        }),
      ],
    });

    const result = await runner.run(agent, 'Delete admin');

    expect(result.finalOutput).toBe('I cannot delete that account.');
    expect(ran).toEqual([]);
    expect(sentOutputs(emulator.requests[1]!.body)).toEqual([
      expect.objectContaining({
        output: 'Admin accounts cannot be deleted here.',
      }),
    ]);
    expect(result.toolInputGuardrailResults).toHaveLength(1);
  });
});

describe('a streamed run with a parallel input guardrail over HTTP', () => {
  /** Streams a run whose guardrail passes only once the whole answer has come over the wire. */
  async function streamPastSlowGuardrail(
    inputGuardrailStreaming?: 'immediate',
  ) {
    const { emulator, client, runner } = await wire();
    emulator.script({ text: 'Your parcel arrives on Tuesday afternoon.' });
    const inner = new OpenAIResponsesModel(client, 'gpt-4.1');
    let answered!: () => void;
    const modelAnswered = new Promise<void>((resolve) => (answered = resolve));
    // The real provider, noting when the whole answer has come over the wire.
    const model: Model = {
      getResponse: (request: ModelRequest) => inner.getResponse(request),
      async *getStreamedResponse(
        request: ModelRequest,
      ): AsyncIterable<ModelStreamEvent> {
        for await (const event of inner.getStreamedResponse(request)) {
          yield event;
          if (event.type === 'response_done') answered();
        }
      },
    };
    const events: RunStreamEvent[] = [];
    let seenBeforePass = -1;
    const slowCheck = defineInputGuardrail({
      name: 'slow check',
      execute: async () => {
        await modelAnswered;
        await new Promise((resolve) => setImmediate(resolve));
        seenBeforePass = events.length;
        return { tripwireTriggered: false, outputInfo: 'ok' };
      },
    });
    const agent = new Agent({
      name: 'Courier',
      model,
      inputGuardrails: [slowCheck],
    });
    const result = await runner.run(agent, 'Where is my parcel?', {
      stream: true,
      inputGuardrailStreaming,
    });
    for await (const event of result) events.push(event);
    await result.completed;
    const text = events
      .filter((event) => event.type === 'raw_model_stream_event')
      .map((event) => (event.data as { delta?: string }).delta ?? '')
      .join('');
    return { seenBeforePass, text, result };
  }

  it('shows nothing of the answer until the guardrail passes, then all of it in order', async () => {
    const { seenBeforePass, text, result } = await streamPastSlowGuardrail();

    expect(seenBeforePass).toBe(0);
    expect(text).toBe('Your parcel arrives on Tuesday afternoon.');
    expect(result.finalOutput).toBe(
      'Your parcel arrives on Tuesday afternoon.',
    );
  });

  it("streams the answer at once with inputGuardrailStreaming: 'immediate' on the run", async () => {
    const { seenBeforePass, text } = await streamPastSlowGuardrail('immediate');

    expect(seenBeforePass).toBeGreaterThan(0);
    expect(text).toBe('Your parcel arrives on Tuesday afternoon.');
  });
});

describe('lifecycle hooks over HTTP', () => {
  it('fire in run order across a handoff and a tool call, runner and agent alike', async () => {
    const { emulator, runner } = await wire();
    emulator.script(
      { toolCalls: [{ name: 'transfer_to_Billing', arguments: {} }] },
      { toolCalls: [{ name: 'lookup_invoice', arguments: { id: 'INV-7' } }] },
      { text: 'INV-7 is paid.' },
    );
    const billing = new Agent({
      name: 'Billing',
      tools: [
        tool({
          name: 'lookup_invoice',
          description: 'Looks an invoice up',
          parameters: z.object({ id: z.string() }),
          execute: ({ id }) => `${id}: paid`,
        }),
      ],
    });
    const triage = new Agent({ name: 'Triage', handoffs: [billing] });
    const seen: string[] = [];
    runner.on('agent_start', (_context, agent) =>
      seen.push(`run:start:${agent.name}`),
    );
    runner.on('agent_handoff', (_context, from, to) =>
      seen.push(`run:handoff:${from.name}->${to.name}`),
    );
    runner.on('agent_tool_start', (_context, _agent, used) =>
      seen.push(`run:tool_start:${used.name}`),
    );
    runner.on('agent_tool_end', (_context, _agent, used, output) =>
      seen.push(`run:tool_end:${used.name}:${output}`),
    );
    runner.on('agent_end', (_context, agent, output) =>
      seen.push(`run:end:${agent.name}:${String(output)}`),
    );
    billing.on('agent_start', () => seen.push('billing:start'));
    billing.on('agent_end', () => seen.push('billing:end'));

    await runner.run(triage, 'Is INV-7 paid?');

    expect(seen).toEqual([
      'run:start:Triage',
      'run:handoff:Triage->Billing',
      'run:start:Billing',
      'billing:start',
      'run:tool_start:lookup_invoice',
      'run:tool_end:lookup_invoice:INV-7: paid',
      'run:end:Billing:INV-7 is paid.',
      'billing:end',
    ]);
    expect(emulator.requests).toHaveLength(3);
  });
});
