import { expect, it } from 'vitest';
import { z } from 'zod';
import { describeParity, type Sdk } from './support/parity-sdks.js';

const Weather = z.object({ city: z.string(), conditions: z.string() });

function weatherTool(sdk: Sdk) {
  return sdk.tool({
    name: 'get_weather',
    description: 'Weather for a city',
    parameters: z.object({ city: z.string() }),
    execute: ({ city }) => ({ city, conditions: 'sunny' }),
  });
}

const weatherCall = {
  toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }],
};

describeParity('toolUseBehavior', (parity) => {
  it("passes a function the SDK's result shape: function_output, tool, output, runItem", async () => {
    const { sdk, emulator } = parity();
    emulator.script(weatherCall);
    const seen: unknown[] = [];
    const agent = new sdk.Agent({
      name: 'Forecaster',
      model: 'gpt-4.1-mini',
      tools: [weatherTool(sdk)],
      toolUseBehavior: (_context, results) => {
        seen.push(...results);
        return {
          isFinalOutput: true,
          isInterrupted: undefined,
          finalOutput: 'done',
        };
      },
    });
    const result = await sdk.run(agent, 'Weather in Paris?');
    expect(result.finalOutput).toBe('done');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: 'function_output',
      tool: { type: 'function', name: 'get_weather' },
      output: { city: 'Paris', conditions: 'sunny' },
      runItem: { type: 'tool_call_output_item' },
    });
  });

  it("lets a function turn the tool's returned object into the final output", async () => {
    const { sdk, emulator } = parity();
    emulator.script(weatherCall, { text: 'Not used.' });
    const agent = new sdk.Agent({
      name: 'Forecaster',
      model: 'gpt-4.1-mini',
      tools: [weatherTool(sdk)],
      toolUseBehavior: (_context, results) => {
        const first = results.find((r) => r.type === 'function_output');
        if (!first) return { isFinalOutput: false, isInterrupted: undefined };
        const weather = first.output as z.infer<typeof Weather>;
        return {
          isFinalOutput: true,
          isInterrupted: undefined,
          finalOutput: `${weather.city} is ${weather.conditions}.`,
        };
      },
    });
    const result = await sdk.run(agent, 'Weather in Paris?');
    expect(result.finalOutput).toBe('Paris is sunny.');
    expect(emulator.requests).toHaveLength(1);
  });

  it("ends with the tool's output as text under stop_on_first_tool when the agent outputs text", async () => {
    const { sdk, emulator } = parity();
    emulator.script(weatherCall);
    const agent = new sdk.Agent({
      name: 'Forecaster',
      model: 'gpt-4.1-mini',
      tools: [weatherTool(sdk)],
      toolUseBehavior: 'stop_on_first_tool',
    });
    const result = await sdk.run(agent, 'Weather in Paris?');
    expect(result.finalOutput).toBe('{"city":"Paris","conditions":"sunny"}');
  });

  /** A forecaster with an output type, ended by its weather tool; the emulator scripted to call it. */
  function stoppedForecaster(
    toolUseBehavior: 'stop_on_first_tool' | { stopAtToolNames: string[] },
  ) {
    const { sdk, emulator } = parity();
    emulator.script(weatherCall);
    const agent = new sdk.Agent({
      name: 'Forecaster',
      model: 'gpt-4.1-mini',
      tools: [weatherTool(sdk)],
      outputType: Weather,
      toolUseBehavior,
    });
    return { sdk, agent };
  }

  it("ends with the tool's returned object under stop_on_first_tool when the agent has an output type", async () => {
    const { sdk, agent } = stoppedForecaster('stop_on_first_tool');
    const result = await sdk.run(agent, 'Weather in Paris?');
    expect(result.finalOutput).toEqual({ city: 'Paris', conditions: 'sunny' });
  });

  it("ends with the named tool's returned object under stopAtToolNames when the agent has an output type", async () => {
    const { sdk, agent } = stoppedForecaster({
      stopAtToolNames: ['get_weather'],
    });
    const result = await sdk.run(agent, 'Weather in Paris?');
    expect(result.finalOutput).toEqual({ city: 'Paris', conditions: 'sunny' });
  });

  it('gives the same final output when the run is streamed', async () => {
    const { sdk, agent } = stoppedForecaster({
      stopAtToolNames: ['get_weather'],
    });
    const stream = await sdk.run(agent, 'Weather in Paris?', { stream: true });
    await stream.completed;
    expect(stream.finalOutput).toEqual({ city: 'Paris', conditions: 'sunny' });
  });
});
