import { expect, it } from 'vitest';
import { z } from 'zod';
import { responsesBodies } from '../support/wire-setup.js';
import { describeParity, type Sdk } from './support/parity-sdks.js';

function weatherAgent(sdk: Sdk) {
  const weather = sdk.tool({
    name: 'get_weather',
    description: 'Weather for a city',
    parameters: z.object({ city: z.string() }),
    execute: ({ city }) => `Sunny in ${city}`,
  });
  return new sdk.Agent({
    name: 'Forecaster',
    model: 'gpt-4.1-mini',
    tools: [weather],
  });
}

const toolThenText = [
  { toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] },
  { text: 'It is sunny in Paris.' },
];

describeParity('run results', (parity) => {
  it('reports the final output and the last agent', async () => {
    const { sdk, emulator } = parity();
    emulator.script(...toolThenText);
    const agent = weatherAgent(sdk);
    const result = await sdk.run(agent, 'Weather in Paris?');
    expect(result.finalOutput).toBe('It is sunny in Paris.');
    expect(result.lastAgent).toBe(agent);
  });

  it('reports the agent that ran last as activeAgent', async () => {
    const { sdk, emulator } = parity();
    emulator.script(...toolThenText);
    const agent = weatherAgent(sdk);
    const result = await sdk.run(agent, 'Weather in Paris?');
    expect(result.activeAgent).toBe(agent);
  });

  it('reports no interruptions when no tool needs approval', async () => {
    const { sdk, emulator } = parity();
    emulator.script(...toolThenText);
    const result = await sdk.run(weatherAgent(sdk), 'Weather in Paris?');
    expect(result.interruptions).toEqual([]);
  });

  it('lists the new items by run item type, in order', async () => {
    const { sdk, emulator } = parity();
    emulator.script(...toolThenText);
    const result = await sdk.run(weatherAgent(sdk), 'Weather in Paris?');
    expect(result.newItems.map((item) => item.type)).toEqual([
      'tool_call_item',
      'tool_call_output_item',
      'message_output_item',
    ]);
  });

  it('counts usage over both model calls on result.runContext.usage', async () => {
    const { sdk, emulator } = parity();
    emulator.script(...toolThenText);
    const result = await sdk.run(weatherAgent(sdk), 'Weather in Paris?');
    const usage = result.runContext.usage;
    expect(usage.requests).toBe(2);
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.totalTokens).toBe(usage.inputTokens + usage.outputTokens);
  });

  it('counts the same usage on result.state.usage', async () => {
    const { sdk, emulator } = parity();
    emulator.script(...toolThenText);
    const result = await sdk.run(weatherAgent(sdk), 'Weather in Paris?');
    expect(result.state.usage.requests).toBe(2);
    expect(result.state.usage.totalTokens).toBeGreaterThan(0);
  });

  it('returns the last response id, which continues the conversation as previousResponseId', async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Brazil.' }, { text: 'Brasília.' });
    const agent = new sdk.Agent({ name: 'Assistant', model: 'gpt-4.1-mini' });
    const first = await sdk.run(agent, 'Largest country in South America?');
    expect(first.lastResponseId).toMatch(/^resp_/);
    await sdk.run(agent, 'Its capital?', {
      previousResponseId: first.lastResponseId,
    });
    expect(responsesBodies(emulator)[1]?.previous_response_id).toBe(
      first.lastResponseId,
    );
  });
});

describeParity('streamed run results', (parity) => {
  it('yields the run events from toStream()', async () => {
    const { sdk, emulator } = parity();
    emulator.script(...toolThenText);
    const stream = await sdk.run(weatherAgent(sdk), 'Weather in Paris?', {
      stream: true,
    });
    const types: string[] = [];
    for await (const event of stream.toStream()) {
      if (event.type === 'run_item_stream_event') types.push(event.item.type);
    }
    await stream.completed;
    expect(types).toEqual([
      'tool_call_item',
      'tool_call_output_item',
      'message_output_item',
    ]);
  });

  it('reports currentTurn and maxTurns once the stream is done', async () => {
    const { sdk, emulator } = parity();
    emulator.script(...toolThenText);
    const stream = await sdk.run(weatherAgent(sdk), 'Weather in Paris?', {
      stream: true,
      maxTurns: 5,
    });
    await stream.completed;
    expect(stream.currentTurn).toBe(2);
    expect(stream.maxTurns).toBe(5);
  });

  it('emits response_done carrying the response id, the same as lastResponseId', async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Hello!' });
    const agent = new sdk.Agent({ name: 'Assistant', model: 'gpt-4.1-mini' });
    const stream = await sdk.run(agent, 'Hi', { stream: true });
    const ids: unknown[] = [];
    for await (const event of stream) {
      if (
        event.type === 'raw_model_stream_event' &&
        event.data.type === 'response_done'
      )
        ids.push(event.data.response.id);
    }
    expect(ids).toEqual([stream.lastResponseId]);
    expect(stream.lastResponseId).toMatch(/^resp_/);
  });

  it('emits no agent_updated_stream_event when no handoff happens', async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Hello!' });
    const agent = new sdk.Agent({ name: 'Assistant', model: 'gpt-4.1-mini' });
    const stream = await sdk.run(agent, 'Hi', { stream: true });
    const types = new Set<string>();
    for await (const event of stream) types.add(event.type);
    expect(types.has('agent_updated_stream_event')).toBe(false);
  });
});
