import { Agent, type RunResult } from '@baton/agents';
import { z } from 'zod';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import { runIfMain } from '../shared/run-if-main.js';
import { writeToStdout } from '../shared/write-to-stdout.js';

/** The shape the agent must answer in; `result.finalOutput` is typed from it. */
const CalendarEvent = z.object({
  title: z.string().describe('A short title for the event.'),
  date: z.iso.date().describe('The day of the event, as YYYY-MM-DD.'),
  participants: z
    .array(z.string())
    .describe('The first names of everyone taking part.'),
});

const extractor = new Agent({
  name: 'Calendar extractor',
  instructions:
    'Extract the calendar event described in the message. Today is 2025-06-02.',
  outputType: CalendarEvent,
});

/** Turns a sentence into a typed calendar event and prints its fields. */
export async function main(
  options: ExampleOptions = {},
): Promise<RunResult<unknown, typeof extractor>> {
  const write = options.write ?? writeToStdout;
  const connection = await connect({ env: options.env });
  try {
    write(`${connection.banner}\n`);
    const question =
      options.question ??
      'Alice and Bob are going to the science fair on Friday.';
    const result = await connection.runner.run(extractor, question);
    // Parsed and checked against the schema; its type is z.infer<typeof CalendarEvent>.
    const event = result.finalOutput!;
    write(`Title:        ${event.title}\n`);
    write(`Date:         ${event.date}\n`);
    write(`Participants: ${event.participants.join(', ')}\n`);
    return result;
  } finally {
    await connection.close();
  }
}

runIfMain(import.meta.url, main);
