import { Agent, type RunResult } from '@baton/agents';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import { runIfMain } from '../shared/run-if-main.js';
import { writeToStdout } from '../shared/write-to-stdout.js';

/** The smallest Baton program: one agent, one question, one answer. */
const assistant = new Agent({
  name: 'Assistant',
  instructions: 'You are a helpful assistant. Answer in one or two sentences.',
});

/** Asks the assistant one question and prints its answer. */
export async function main(
  options: ExampleOptions = {},
): Promise<RunResult<unknown, typeof assistant>> {
  const write = options.write ?? writeToStdout;
  const connection = await connect({ env: options.env });
  try {
    write(`${connection.banner}\n`);
    const result = await connection.runner.run(
      assistant,
      options.question ?? 'What is a relay baton for?',
    );
    write(`${result.finalOutput}\n`);
    return result;
  } finally {
    await connection.close();
  }
}

runIfMain(import.meta.url, main);
