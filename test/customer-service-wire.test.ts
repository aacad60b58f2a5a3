import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, tool, type RunStreamEvent } from '@baton/core';
import { customerServiceAgents } from './support/customer-service-agents.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();

const QUESTION = 'I was charged twice, can you check my billing?';

describe('triage → handoff → tool → answer over HTTP through the real openai client', () => {
  it('completes without streaming, sending the history along at each step', async () => {
    const wire = await startWire();
    const { triage, billing, calls } = customerServiceAgents();
    const result = await wire.runner.run(triage, QUESTION);

    expect(result.lastAgent).toBe(billing);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.tool).toBe('look_up_invoice');
    expect(typeof result.finalOutput).toBe('string');
    expect(result.finalOutput).not.toBe('');
    expect(result.newItems.map((item) => item.type)).toEqual([
      'handoff_call_item',
      'handoff_output_item',
      'tool_call_item',
      'tool_call_output_item',
      'message_output_item',
    ]);
    const bodies = responsesBodies(wire.emulator);
    expect(bodies).toHaveLength(3);
    expect(bodies[0]!.instructions).toBe(
      'Route the customer to the right specialist.',
    );
    expect(
      (bodies[0]!.tools as Array<{ name: string }>).map((t) => t.name),
    ).toEqual(['transfer_to_Billing_agent', 'transfer_to_Refunds_agent']);
    expect(bodies[1]!.instructions).toMatch(/billing questions/);
    const lastInput = bodies[2]!.input as Array<{
      type: string;
      output?: string;
    }>;
    expect(lastInput.at(-1)).toMatchObject({
      type: 'function_call_output',
      output: expect.stringContaining('paid'),
    });
    expect(result.usage.requests).toBe(3);
    expect(result.usage.totalTokens).toBeGreaterThan(0);
    expect(result.lastResponseId).toMatch(/^resp_/);
  });

  it('streams the same run, forwarding text deltas as they arrive', async () => {
    const wire = await startWire();
    const { triage, billing } = customerServiceAgents();
    const result = await wire.runner.run(triage, QUESTION, { stream: true });
    const events: RunStreamEvent[] = [];
    let text = '';
    for await (const event of result) {
      events.push(event);
      if (
        event.type === 'raw_model_stream_event' &&
        event.data.type === 'output_text_delta'
      )
        text += event.data.delta;
    }
    await result.completed;
    expect(result.currentAgent).toBe(billing);
    expect(text).toBe(result.finalOutput);
    const names = events.flatMap((event) =>
      event.type === 'run_item_stream_event' ? [event.name] : [],
    );
    expect(names).toEqual([
      'handoff_requested',
      'handoff_occurred',
      'tool_called',
      'tool_output',
      'message_output_created',
    ]);
    const deltas = events.filter(
      (event) =>
        event.type === 'raw_model_stream_event' &&
        event.data.type === 'output_text_delta',
    );
    expect(deltas.length).toBeGreaterThan(1);
    expect(
      responsesBodies(wire.emulator).every((body) => body.stream === true),
    ).toBe(true);
  });

  it('returns schema-valid structured output parsed into the declared type', async () => {
    const wire = await startWire();
    const agent = new Agent({
      name: 'Extractor',
      outputType: z.object({
        customer: z.string(),
        priority: z.enum(['low', 'high']),
        notes: z.string().optional(),
      }),
    });
    const result = await wire.runner.run(agent, 'Extract the ticket');
    expect(result.finalOutput).toMatchObject({
      customer: expect.any(String),
      priority: expect.stringMatching(/low|high/),
    });
    const format = (
      responsesBodies(wire.emulator)[0]!.text as {
        format: Record<string, unknown>;
      }
    ).format;
    expect(format).toMatchObject({
      type: 'json_schema',
      strict: true,
      name: 'output',
    });
  });

  it('runs several function calls of one response in parallel and returns them in call order', async () => {
    const wire = await startWire();
    let running = 0;
    let peak = 0;
    const slowSquare = tool({
      name: 'square',
      description: 'Squares a number slowly',
      parameters: z.object({ n: z.number() }),
      execute: async ({ n }) => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 40 - n * 10));
        running -= 1;
        return n * n;
      },
    });
    wire.emulator.script(
      {
        toolCalls: [1, 2, 3].map((n) => ({ name: 'square', arguments: { n } })),
      },
      { text: 'Squares computed.' },
    );
    const result = await wire.runner.run(
      new Agent({ name: 'Math', tools: [slowSquare] }),
      'square 1, 2, 3',
    );
    expect(peak).toBe(3);
    expect(result.finalOutput).toBe('Squares computed.');
    const outputs = (
      responsesBodies(wire.emulator)[1]!.input as Array<{
        type: string;
        output?: string;
      }>
    )
      .filter((item) => item.type === 'function_call_output')
      .map((item) => item.output);
    expect(outputs).toEqual(['1', '4', '9']);
  });

  it('chains server-side state with previousResponseId, sending only new items', async () => {
    const wire = await startWire();
    const { triage } = customerServiceAgents();
    const first = await wire.runner.run(triage, QUESTION);
    const before = wire.emulator.requests.length;
    const second = await wire.runner.run(
      new Agent({ name: 'Followup' }),
      'Thanks!',
      {
        previousResponseId: first.lastResponseId,
      },
    );
    const body = responsesBodies(wire.emulator)[before]!;
    expect(body.previous_response_id).toBe(first.lastResponseId);
    expect(body.input).toEqual([
      { type: 'message', role: 'user', content: 'Thanks!' },
    ]);
    expect(second.finalOutput).toBeTruthy();
  });
});
