import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, tool, type RunStreamEvent } from '@baton/core';
import { openAPIValidator } from './support/openapi-validator.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();
const validator = openAPIValidator();

const weather = tool({
  name: 'get_weather',
  description: 'Weather for a city',
  parameters: z.object({ city: z.string() }),
  execute: ({ city }) => `Sunny in ${city}`,
});

const agent = new Agent({
  name: 'Weather',
  instructions: 'Answer weather questions with the tool.',
  tools: [weather],
  modelSettings: {
    reasoning: { effort: 'low', summary: 'auto' },
    store: false,
    include: ['reasoning.encrypted_content'],
  },
});

describe('reasoning summaries on the wire', () => {
  it('reach the caller as reasoning items and events, and the turn after a tool call is accepted', async () => {
    const wire = await startWire({ runConfig: { model: 'gpt-5' } });
    const result = await wire.runner.run(agent, 'Weather in Paris?', {
      stream: true,
    });
    const events: RunStreamEvent[] = [];
    for await (const event of result) events.push(event);

    expect(result.finalOutput).toContain('Sunny in Paris');
    const reasoningItems = result.newItems.filter(
      (item) => item.type === 'reasoning_item',
    );
    expect(reasoningItems).toHaveLength(2);
    expect(
      (reasoningItems[0]!.rawItem as { summary: Array<{ text: string }> })
        .summary[0]!.text,
    ).toContain('`get_weather`');
    const created = events.filter(
      (event) =>
        event.type === 'run_item_stream_event' &&
        event.name === 'reasoning_item_created',
    );
    expect(created).toHaveLength(2);

    const bodies = responsesBodies(wire.emulator);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) {
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
      expect(body.reasoning).toEqual({ effort: 'low', summary: 'auto' });
    }
    const secondInput = bodies[1]!.input as Array<{ type?: string }>;
    expect(secondInput.map((item) => item.type)).toEqual([
      'message',
      'reasoning',
      'function_call',
      'function_call_output',
    ]);
    expect(secondInput[1]).toMatchObject({
      encrypted_content: expect.stringMatching(/^emulated:/),
    });
  });
});
