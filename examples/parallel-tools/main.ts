import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, tool, type RunResult } from '@baton/agents';
import { z } from 'zod';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import { runIfMain } from '../shared/run-if-main.js';
import { writeToStdout } from '../shared/write-to-stdout.js';

const FORECASTS: Record<string, string> = {
  paris: '18°C, light rain',
  tokyo: '24°C, sunny',
  lima: '16°C, overcast',
};

const CITIES = ['Paris', 'Tokyo', 'Lima'];

/** A weather agent whose tool counts how many of its calls are running at once. */
function createWeatherAgent() {
  const calls = { running: 0, mostAtOnce: 0 };
  const getWeather = tool({
    name: 'get_weather',
    description: 'The current weather in one city.',
    parameters: z.object({
      city: z.string().describe('The city, such as Paris.'),
    }),
    execute: async ({ city }, _runContext, { signal }) => {
      calls.running += 1;
      calls.mostAtOnce = Math.max(calls.mostAtOnce, calls.running);
      try {
        // Stands in for a slow weather API; the signal stops it if the run is aborted.
        await sleep(200, undefined, { signal });
        return {
          city,
          forecast: FORECASTS[city.toLowerCase()] ?? 'no data for this city',
        };
      } finally {
        calls.running -= 1;
      }
    },
  });
  const agent = new Agent({
    name: 'Weather agent',
    instructions:
      'Answer weather questions. Call get_weather once per city, all in the same response.',
    tools: [getWeather],
    modelSettings: { parallelToolCalls: true },
  });
  return { agent, calls };
}

/** Asks about three cities at once; the model calls the tool three times in one response and Baton runs them together. */
export async function main(
  options: ExampleOptions = {},
): Promise<RunResult<unknown, ReturnType<typeof createWeatherAgent>['agent']>> {
  const write = options.write ?? writeToStdout;
  const connection = await connect({ env: options.env });
  try {
    write(`${connection.banner}\n`);
    // Offline, script the emulator's first reply so the parallel calls really happen; its default model would
    // call the tool only once.
    connection.emulator?.script({
      toolCalls: CITIES.map((city) => ({
        name: 'get_weather',
        arguments: { city },
      })),
    });
    const { agent, calls } = createWeatherAgent();
    const question =
      options.question ??
      `What is the weather like in ${CITIES.join(', ')} right now?`;
    const result = await connection.runner.run(agent, question);
    const firstResponse = result.rawResponses[0]?.output ?? [];
    const requested = firstResponse.filter(
      (item) => item.type === 'function_call',
    ).length;
    write(
      `The model asked for ${requested} tool calls in one response; ${calls.mostAtOnce} ran at the same time.\n`,
    );
    write(`${result.finalOutput}\n`);
    return result;
  } finally {
    await connection.close();
  }
}

runIfMain(import.meta.url, main);
